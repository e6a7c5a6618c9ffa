import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Postings are removed once the procedure is abolished — Decree 63/2010 Art. 17 (SEMI). */
export const p22Abolished: Rule = {
  id: 'P22',
  evaluate(facts, { site }) {
    if (facts.state === 'active')
      return result('khong_ap_dung', { vi: 'Thủ tục còn hiệu lực.', en: 'The procedure is in force.' });
    if (facts.state === 'unknown')
      return result('chua_kiem_tra', {
        vi: 'Trang không cho biết thủ tục còn hiệu lực.',
        en: 'The page does not say whether the procedure is in force.',
      });
    if (site)
      return result(
        'chua_dat',
        {
          vi: 'Thủ tục đã bãi bỏ nhưng trang web đơn vị vẫn đăng.',
          en: "The procedure is abolished, but the unit's website still lists it.",
        },
        { text: site.text, at: site.at },
      );
    return result('chua_kiem_tra', {
      vi: 'Thủ tục đã bãi bỏ: gỡ niêm yết tại đơn vị và trên trang web.',
      en: 'The procedure is abolished: take its posting down at the office and on the website.',
    });
  },
};
