import { isPlaceholder } from '../../text/is-placeholder.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/**
 * Requirements and conditions, when the procedure has any — Decree 63/2010 Art. 8(2)i (SEMI).
 * An empty section may mean "none": a person decides between `chua_dat` and `khong_ap_dung`.
 */
export const p18Requirements: Rule = {
  id: 'P18',
  evaluate(facts) {
    const found = facts.parts.requirements?.find((part) => !isPlaceholder(part.text));
    if (found)
      return result(
        'dat',
        { vi: 'Có yêu cầu, điều kiện thực hiện.', en: 'The page states the requirements and conditions.' },
        found,
      );
    return result('chua_kiem_tra', {
      vi: 'Trang không nêu yêu cầu, điều kiện; nếu thủ tục không có thì chọn Không áp dụng.',
      en: 'The page states no requirements or conditions; if the procedure has none, choose Not applicable.',
    });
  },
};
