import type { CongKhaiDatabase, ScanRow } from '../../db/database.ts';

/**
 * The scan the side panel shows. A `?code=` names the procedure outright (the panel opened as a
 * page, a link from elsewhere): its latest scan of any page kind — portal JSON, legacy page or
 * city portal, each stored under `[code, kind]`. Otherwise the latest scan read in the active
 * tab, else (unless `onlyTab`) the most recent scan of all.
 */
export async function findShownScan(
  db: CongKhaiDatabase,
  tabId: number | null,
  code: string | null,
  { onlyTab = false } = {},
): Promise<ScanRow | null> {
  if (code) {
    const ofCode = await db.scans.where('code').equals(code).sortBy('capturedAt');
    return ofCode.at(-1) ?? null;
  }
  if (tabId !== null) {
    const inTab = await db.scans.where('tabId').equals(tabId).sortBy('capturedAt');
    if (inTab.length > 0) return inTab.at(-1)!;
  }
  if (onlyTab) return null;
  return (await db.scans.orderBy('capturedAt').last()) ?? null;
}
