import type { SiteListing } from '../../site/find-catalogue-procedures.ts';
import { result } from '../result.ts';
import type { UnitRule } from './unit-rule.ts';

/**
 * Procedure list with portal links on the website — Decree 42/2022/NĐ-CP. Met only when every
 * procedure the page lists links to its own page on the portal (a link to the portal's home page
 * does not let a citizen reach the procedure); otherwise the reason tells the coverage,
 * "7/9 thủ tục có liên kết Cổng DVC", and which ones lack a link, for a person to follow up.
 */
export const u02WebsiteCatalogue: UnitRule = {
  id: 'U02',
  evaluate(_blocks, listings) {
    if (listings.length === 0)
      return result('chua_kiem_tra', {
        vi: 'Trang này không liệt kê thủ tục của đơn vị.',
        en: "This page lists none of the unit's procedures.",
      });
    const linked = listings.filter((listing) => listing.linksToProcedure).length;
    const coverage = `${linked}/${listings.length}`;
    const unlinked = listings.filter((listing) => !listing.linksToProcedure);
    const first = unlinked[0];
    if (!first) {
      const evidence = listings[0] as SiteListing;
      return result(
        'dat',
        {
          vi: `${coverage} thủ tục có liên kết Cổng DVC: mọi thủ tục trang liệt kê đều dẫn tới trang của thủ tục đó trên Cổng DVC.`,
          en: `${coverage} procedures link to the portal: each one this page lists links to its own page there.`,
        },
        { text: evidence.text, at: evidence.at },
      );
    }
    const names = unlinked.map((listing) => listing.code ?? `"${listing.name}"`).join(', ');
    return result(
      'chua_kiem_tra',
      {
        vi: `${coverage} thủ tục có liên kết Cổng DVC; chưa có liên kết tới trang thủ tục: ${names}.`,
        en: `${coverage} procedures link to their page on the portal; not linked: ${names}.`,
      },
      { text: first.text, at: first.at },
    );
  },
};
