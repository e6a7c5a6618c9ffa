import { isPlaceholder } from '../../text/is-placeholder.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/**
 * Fees, or a clear statement that none is charged — Decree 63/2010 Art. 8(2)i. "Không",
 * "Miễn phí" or a stated 0 count as stated (issue #3); an empty section or a placeholder does not.
 */
export const p16Fees: Rule = {
  id: 'P16',
  evaluate(facts) {
    const fees = facts.parts.fees;
    if (fees === undefined) return result('chua_kiem_tra', 'Trang không cho biết phí, lệ phí.');
    const stated = fees.find((fee) => !isPlaceholder(fee.text) || /^không\.?$/i.test(fee.text.trim()));
    if (stated) return result('dat', 'Có phí, lệ phí (hoặc ghi rõ không thu).', stated);
    return result('chua_dat', 'Thiếu phí, lệ phí.', fees[0] ?? null);
  },
};
