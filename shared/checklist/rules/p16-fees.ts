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
    if (fees === undefined)
      return result('chua_kiem_tra', {
        vi: 'Trang không cho biết phí, lệ phí.',
        en: 'The page says nothing about fees.',
      });
    const stated = fees.find((fee) => !isPlaceholder(fee.text) || /^không\.?$/i.test(fee.text.trim()));
    if (stated)
      return result(
        'dat',
        {
          vi: 'Có phí, lệ phí (hoặc ghi rõ không thu).',
          en: 'The page states the fees (or that none are charged).',
        },
        stated,
      );
    return result(
      'chua_dat',
      {
        vi: 'Thiếu phí, lệ phí.',
        en: 'The page has a section for fees, but it is empty or a placeholder.',
      },
      fees[0] ?? null,
    );
  },
};
