import { evaluateRules } from '../../shared/checklist/evaluate-rules.ts';
import type { CongKhaiDatabase, ScanRow } from '../db/database.ts';
import { saveScan } from '../db/save-scan.ts';
import type { ScanMessage } from '../messages/extension-message.ts';

/**
 * Stores a content script's scan. The content script cannot read the unit's catalogue (its
 * IndexedDB is the page's), so the rules run again here with it, deciding P01/P02 as well.
 */
export async function recordScan(
  db: CongKhaiDatabase,
  message: ScanMessage,
  tabId: number | null,
): Promise<ScanRow> {
  const catalogue = await db.catalogue.toArray();
  const results = catalogue.length > 0 ? evaluateRules(message.facts, { catalogue }) : message.results;
  return saveScan(db, { facts: message.facts, results, url: message.url, tabId });
}
