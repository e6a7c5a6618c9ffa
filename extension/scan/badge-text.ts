import { PROCEDURE_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import { shortItemName } from '../../shared/checklist/short-item-name.ts';
import { summarizeResults } from '../../shared/checklist/summarize-results.ts';
import { fill, type Language, MESSAGES } from '../i18n/messages.ts';

/**
 * The badge's one line: what the page decided and what is left to the person —
 * `13 đạt tự động · 10 cần tự kiểm tra`, with the items found missing named briefly in between
 * (`11 đạt tự động · 2 chưa đạt: phí, lệ phí, mẫu đơn · 10 cần tự kiểm tra`). Left to the person
 * is every procedure item the page neither met, failed, nor found not applicable: a page never
 * reads as complete while the office board and the unit's website are unchecked.
 */
export function badgeText(results: Readonly<Record<string, RuleResult>>, language: Language = 'vi'): string {
  const { met, missing } = summarizeResults(results);
  const t = MESSAGES[language];
  const notApplicable = Object.values(results).filter((r) => r.status === 'khong_ap_dung').length;
  const left = PROCEDURE_ITEMS.length - met.length - missing.length - notApplicable;
  const parts = [fill(t.badgeMet, { n: met.length })];
  if (missing.length > 0) {
    const names = missing.map((id) => shortItemName(id, language)).join(', ');
    parts.push(fill(t.badgeMissing, { n: missing.length, names }));
  }
  if (left > 0) parts.push(fill(t.badgeLeft, { n: left }));
  return parts.join(' · ');
}
