import { findItem } from '../../shared/checklist/checklist-items.ts';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import { summarizeResults } from '../../shared/checklist/summarize-results.ts';
import { type Language, MESSAGES } from '../i18n/messages.ts';

/**
 * The badge's one line: items met over items the page decided, then the short names of those not
 * met — `7/9 đạt · thiếu: thời hạn giải quyết, phí, lệ phí`. Items only a person or the unit's own
 * data can decide (`chua_kiem_tra`) and not-applicable ones are the side panel's job, not counted.
 */
export function badgeText(results: Readonly<Record<string, RuleResult>>, language: Language = 'vi'): string {
  const { met, missing } = summarizeResults(results);
  const t = MESSAGES[language];
  const count = `${met.length}/${met.length + missing.length} ${t.badgeMet}`;
  if (missing.length === 0) return count;
  return `${count} · ${t.badgeMissing}: ${missing.map((id) => shortLabel(id, language)).join(', ')}`;
}

/** `Có phí, lệ phí (hoặc ghi rõ không thu)` → `phí, lệ phí`; `Fees (or …)` → `fees`. */
function shortLabel(id: string, language: Language): string {
  const label = findItem(id)?.[language] ?? id;
  const short = label.replace(/^Có\s+/, '').replace(/\s*\(.*\)\s*$/, '');
  return language === 'en' ? short.toLowerCase() : short;
}
