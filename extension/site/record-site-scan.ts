import { scanSite } from '../../shared/site/scan-site.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import { saveSiteScan } from '../db/save-site-scan.ts';
import type { SiteScanMessage } from '../messages/extension-message.ts';
import { type SiteScanSummary, siteScanSummary } from './site-scan-summary.ts';

/** As `siteBlocks` caps a page; a message holding more did not come from it. */
const MAX_BLOCKS = 4000;

/**
 * Handles a unit-site page read by the content script: the catalogue lives in the extension's
 * IndexedDB, which the content script cannot read, so the procedures are found here. Stores the
 * findings per page (without `#fragment`) and answers with the badge's summary.
 */
export async function recordSiteScan(
  db: CongKhaiDatabase,
  message: SiteScanMessage,
  now = Date.now(),
): Promise<SiteScanSummary> {
  const url = new URL(message.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`not a web page: ${url.protocol}`);
  url.hash = '';
  const catalogue = (await db.catalogue.toArray()).map(({ key, code, name }) => ({ key, code, name }));
  const findings = scanSite(message.blocks.slice(0, MAX_BLOCKS), url.href, catalogue);
  await saveSiteScan(db, findings, now);
  return siteScanSummary(findings);
}
