import type { ItemStatus } from '../../shared/checklist/item-status.ts';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import type { SiteScanRow } from '../db/database.ts';

/** A unit item's automatic result over the whole website, with the page that decided it. */
export interface UnitSiteResult {
  result: RuleResult;
  url: string;
  /** How many scanned pages judged this item. */
  pages: number;
}

/** Evidence found beats anything else; a unit rule's `chua_kiem_tra` only means "not on this page". */
const ORDER: readonly ItemStatus[] = ['dat', 'chua_dat', 'khong_ap_dung', 'chua_kiem_tra'];

/**
 * The best automatic result of each unit item over every scanned page of the unit's website: one
 * page showing the reception schedule is enough for U06, whatever the other pages show (unit
 * rules are SEMI: they find candidate evidence, a person confirms). Among equals the latest page.
 */
export function bestUnitResults(siteScans: readonly SiteScanRow[]): Record<string, UnitSiteResult> {
  const best: Record<string, UnitSiteResult & { capturedAt: number }> = {};
  for (const row of siteScans) {
    for (const [id, result] of Object.entries(row.unitItems)) {
      const seen = best[id];
      const pages = (seen?.pages ?? 0) + 1;
      const better =
        !seen ||
        ORDER.indexOf(result.status) < ORDER.indexOf(seen.result.status) ||
        (result.status === seen.result.status && row.capturedAt > seen.capturedAt);
      best[id] = better ? { result, url: row.url, pages, capturedAt: row.capturedAt } : { ...seen, pages };
    }
  }
  return Object.fromEntries(
    Object.entries(best).map(([id, { capturedAt: _capturedAt, ...chosen }]) => [id, chosen]),
  );
}
