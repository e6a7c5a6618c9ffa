import type { CongKhaiDatabase, ScanRow } from '../db/database.ts';
import { judgeFacts } from '../db/judge-facts.ts';
import { saveScan } from '../db/save-scan.ts';
import type { ScanMessage } from '../messages/extension-message.ts';

/**
 * Stores a content script's scan. The content script cannot read the unit's catalogue or answers
 * (its IndexedDB is the page's), so the rules run again here: with the catalogue (P01/P02) and
 * the change watch (P07/P23 "cần kiểm tra lại" when the page changed since the answers were
 * given). The content script's own results are for its badge only.
 */
export async function recordScan(
  db: CongKhaiDatabase,
  message: ScanMessage,
  tabId: number | null,
): Promise<ScanRow> {
  const subject = message.facts.code ?? message.url;
  const results = await judgeFacts(db, subject, message.facts);
  return saveScan(db, { facts: message.facts, results, url: message.url, tabId });
}
