import { p05UnitWebsite } from '../../shared/checklist/rules/p05-unit-website.ts';
import { p22Abolished } from '../../shared/checklist/rules/p22-abolished.ts';
import type { SiteFindings } from '../../shared/site/scan-site.ts';
import { findSiteListing } from '../site/find-site-listing.ts';
import type { CongKhaiDatabase, SiteScanRow } from './database.ts';

/** The P-items that read the unit's website (`RuleContext.site`). */
const SITE_RULES = [p05UnitWebsite, p22Abolished];

/**
 * Stores the latest reading of one unit-site page, replacing the previous one of the same URL. A
 * page that shows nothing (no catalogue procedure, no unit evidence) is not kept, so browsing the
 * site does not fill the table; its earlier reading is removed. The stored portal scans of every
 * procedure the page lists (or listed) get P05/P22 judged again in the same transaction, so the
 * side panel follows whichever of the two pages was read last. Local only, like `scans`.
 *
 * @returns the stored row, or null when the page showed nothing.
 */
export async function saveSiteScan(
  db: CongKhaiDatabase,
  findings: SiteFindings,
  now = Date.now(),
): Promise<SiteScanRow | null> {
  const url = findings.source.url;
  const codes = [...new Set(findings.listings.flatMap((listing) => (listing.code ? [listing.code] : [])))];
  const shows =
    findings.listings.length > 0 || Object.values(findings.unitItems).some((r) => r.status === 'dat');
  const row: SiteScanRow | null = shows
    ? { url, capturedAt: now, listings: findings.listings, unitItems: findings.unitItems, codes }
    : null;
  return db.transaction('rw', [db.siteScans, db.scans], async () => {
    const previous = await db.siteScans.get(url);
    if (row) await db.siteScans.put(row);
    else if (previous) await db.siteScans.delete(url);
    for (const code of new Set([...codes, ...(previous?.codes ?? [])])) {
      const site = await findSiteListing(db, code);
      await db.scans
        .where('code')
        .equals(code)
        .modify((scan) => {
          for (const rule of SITE_RULES) scan.results[rule.id] = rule.evaluate(scan.facts, { site });
        });
    }
    return row;
  });
}
