import type { CongKhaiDatabase, ScanRow } from '../../db/database.ts';

/**
 * The scan the side panel shows: the latest one read in the active tab; when the panel is not
 * beside a portal tab (or is opened as a page), the one named by `?code=`; else the most recent.
 */
export async function findShownScan(
  db: CongKhaiDatabase,
  tabId: number | null,
  code: string | null,
): Promise<ScanRow | null> {
  if (tabId !== null) {
    const inTab = await db.scans.where('tabId').equals(tabId).sortBy('capturedAt');
    if (inTab.length > 0) return inTab.at(-1)!;
  }
  if (code) {
    const ofCode = await db.scans.where('code').equals(code).sortBy('capturedAt');
    return ofCode.at(-1) ?? null;
  }
  return (await db.scans.orderBy('capturedAt').last()) ?? null;
}
