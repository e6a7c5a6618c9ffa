import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Posted on the unit's website with a portal link — Decree 63/2010 Art. 17 (SEMI). */
export const p05UnitWebsite: Rule = {
  id: 'P05',
  evaluate(_facts, { site }) {
    if (!site) return result('chua_kiem_tra', 'Chưa thấy thủ tục trên trang web của đơn vị.');
    const evidence = { text: site.text, at: site.at };
    if (!site.portalLink)
      return result('chua_dat', 'Trang web có thủ tục nhưng không có liên kết Cổng DVC.', evidence);
    return result('dat', 'Trang web của đơn vị có thủ tục và liên kết Cổng DVC.', evidence);
  },
};
