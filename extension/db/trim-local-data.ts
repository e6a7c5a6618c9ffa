import type { CongKhaiDatabase } from './database.ts';
import { readMeta } from './read-meta.ts';

const DAY_MS = 86_400_000;
/** Page readings older than this say nothing about the page today; a new visit reads it again. */
export const SCAN_RETENTION_MS = 180 * DAY_MS;
/** Notes of values the server did not keep, once the person has had a quarter to see them. */
export const CONFLICT_RETENTION_MS = 90 * DAY_MS;

/**
 * Deletes old local readings (procedure pages, unit-site pages) and old conflict notes, at most
 * once a day. Answers, the outbox and the change-watch baselines are never trimmed: they are the
 * unit's record, or what it is compared against.
 *
 * @returns how many rows went, or null when it ran less than a day ago.
 */
export async function trimLocalData(db: CongKhaiDatabase, now = Date.now()): Promise<number | null> {
  return db.transaction('rw', [db.scans, db.siteScans, db.conflicts, db.meta], async () => {
    if (now - ((await readMeta(db, 'trimmedAt')) ?? 0) < DAY_MS) return null;
    const removed = await Promise.all([
      db.scans
        .where('capturedAt')
        .below(now - SCAN_RETENTION_MS)
        .delete(),
      db.siteScans
        .where('capturedAt')
        .below(now - SCAN_RETENTION_MS)
        .delete(),
      db.conflicts
        .where('recordedAt')
        .below(now - CONFLICT_RETENTION_MS)
        .delete(),
    ]);
    await db.meta.put({ key: 'trimmedAt', value: now });
    return removed.reduce((sum, count) => sum + count, 0);
  });
}
