import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Postings are removed once the procedure is abolished — Decree 63/2010 Art. 17 (SEMI). */
export const p22Abolished: Rule = {
  id: 'P22',
  evaluate(facts, { site }) {
    if (facts.state === 'active') return result('khong_ap_dung', 'Thủ tục còn hiệu lực.');
    if (facts.state === 'unknown')
      return result('chua_kiem_tra', 'Trang không cho biết thủ tục còn hiệu lực.');
    if (site)
      return result('chua_dat', 'Thủ tục đã bãi bỏ nhưng trang web đơn vị vẫn đăng.', {
        text: site.text,
        at: site.at,
      });
    return result('chua_kiem_tra', 'Thủ tục đã bãi bỏ: gỡ niêm yết tại đơn vị và trên trang web.');
  },
};
