import { result } from '../result.ts';
import type { UnitRule } from './unit-rule.ts';

/** Procedure list with portal links on the website — Decree 42/2022/NĐ-CP. */
export const u02WebsiteCatalogue: UnitRule = {
  id: 'U02',
  evaluate(_blocks, listings) {
    const linked = listings.find((listing) => listing.portalLink);
    if (linked) {
      return result(
        'dat',
        {
          vi: `Trang liệt kê ${listings.length} thủ tục, có liên kết Cổng DVC.`,
          en: `This page lists ${listings.length} procedure(s), with links to the portal.`,
        },
        { text: linked.text, at: linked.at },
      );
    }
    if (listings[0]) {
      return result(
        'chua_kiem_tra',
        {
          vi: 'Trang liệt kê thủ tục nhưng không có liên kết Cổng DVC.',
          en: 'This page lists procedures, but without links to the portal.',
        },
        { text: listings[0].text, at: listings[0].at },
      );
    }
    return result('chua_kiem_tra', {
      vi: 'Trang này không liệt kê thủ tục của đơn vị.',
      en: "This page lists none of the unit's procedures.",
    });
  },
};
