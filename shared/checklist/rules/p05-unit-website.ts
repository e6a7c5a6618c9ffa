import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/**
 * Posted on the unit's website with a working portal link — Decree 63/2010 Art. 17 (SEMI). A link
 * to the portal's home page does not let a citizen reach the procedure, so it does not count.
 */
export const p05UnitWebsite: Rule = {
  id: 'P05',
  evaluate(_facts, { site }) {
    if (!site)
      return result('chua_kiem_tra', {
        vi: 'Chưa thấy thủ tục trên trang web của đơn vị.',
        en: "The procedure has not been seen on the unit's website yet.",
      });
    const evidence = { text: site.text, at: site.url ? `${site.url} ${site.at}` : site.at };
    if (!site.portalLink)
      return result(
        'chua_dat',
        {
          vi: 'Trang web có thủ tục nhưng không có liên kết Cổng DVC.',
          en: 'The website lists the procedure, but without a link to the portal.',
        },
        evidence,
      );
    if (!site.linksToProcedure) {
      return result(
        'chua_dat',
        {
          vi: 'Liên kết chỉ dẫn tới Cổng DVC, không tới trang của thủ tục.',
          en: "The link leads to the portal, not to the procedure's page on it.",
        },
        evidence,
      );
    }
    return result(
      'dat',
      {
        vi: 'Trang web của đơn vị có thủ tục và liên kết tới trang thủ tục trên Cổng DVC.',
        en: "The unit's website lists the procedure with a link to its page on the portal.",
      },
      evidence,
    );
  },
};
