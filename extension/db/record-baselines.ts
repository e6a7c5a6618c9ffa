import { UNIT_SUBJECT } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from './database.ts';
import { judgeFacts } from './judge-facts.ts';

/** The items whose answer says "I have compared the posting with the page as it is now". */
const RECHECK_ITEMS = new Set(['P07', 'P23']);

/**
 * Change watch bookkeeping for an answer about to be saved (call inside the answer's
 * transaction, which must include `scans`, `baselines`, `catalogue` and `siteScans`). For each page kind of
 * the procedure that has a scan: the first answer records that scan's fingerprint as the
 * baseline; an answer to P07 or P23 — the items that carry "cần kiểm tra lại" — moves the baseline
 * to the current scan, and the stored scan is judged again so its re-check marker goes. Other
 * answers (a note on P16) leave an existing baseline alone: they do not say the posting was
 * compared with the changed page.
 */
export async function recordBaselines(
  db: CongKhaiDatabase,
  subject: string,
  itemId: string,
  now: number,
): Promise<void> {
  if (subject === UNIT_SUBJECT) return;
  const moves = RECHECK_ITEMS.has(itemId);
  for (const scan of await db.scans.where('code').equals(subject).toArray()) {
    const current = await db.baselines.get([subject, scan.kind]);
    if (current && !moves) continue;
    await db.baselines.put({ subject, kind: scan.kind, fingerprint: scan.fingerprint, answeredAt: now });
    if (current) await db.scans.put({ ...scan, results: await judgeFacts(db, subject, scan.facts) });
  }
}
