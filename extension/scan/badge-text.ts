import { findItem } from '../../shared/checklist/checklist-items.ts';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import { summarizeResults } from '../../shared/checklist/summarize-results.ts';

/**
 * The badge's one line: items met over items the page decided, then the short names of those not
 * met — `7/9 đạt · thiếu: thời hạn giải quyết, phí, lệ phí`. Items only a person or the unit's own
 * data can decide (`chua_kiem_tra`) and not-applicable ones are the side panel's job, not counted.
 */
export function badgeText(results: Readonly<Record<string, RuleResult>>): string {
  const { met, missing } = summarizeResults(results);
  const count = `${met.length}/${met.length + missing.length} đạt`;
  return missing.length === 0 ? count : `${count} · thiếu: ${missing.map(shortLabel).join(', ')}`;
}

/** `Có phí, lệ phí (hoặc ghi rõ không thu)` → `phí, lệ phí`. */
function shortLabel(id: string): string {
  const label = findItem(id)?.vi ?? id;
  return label.replace(/^Có\s+/, '').replace(/\s*\(.*\)\s*$/, '');
}
