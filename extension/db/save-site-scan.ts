import type { SiteFindings } from '../../shared/site/scan-site.ts';
import type { CongKhaiDatabase, SiteScanRow } from './database.ts';
import { judgeFacts } from './judge-facts.ts';

/**
 * Stores the latest reading of one unit-site page, replacing the previous one of the same URL. A
 * page that shows nothing (no catalogue procedure, no unit evidence) is not kept, so browsing the
 * site does not fill the table; its earlier reading is removed. The stored portal scans of every
 * procedure the page lists (or listed) are judged again in the same transaction (P05/P22 read the site), so the
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
  return db.transaction('rw', [db.siteScans, db.scans, db.catalogue, db.baselines, db.answers], async () => {
    const previous = await db.siteScans.get(url);
    if (row) await db.siteScans.put(row);
    else if (previous) await db.siteScans.delete(url);
    for (const code of new Set([...codes, ...(previous?.codes ?? [])])) {
      for (const scan of await db.scans.where('code').equals(code).toArray()) {
        await db.scans.put({ ...scan, results: await judgeFacts(db, code, scan.facts) });
      }
    }
    return row;
  });
}
