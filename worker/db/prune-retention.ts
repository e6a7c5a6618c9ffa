const DAY_MS = 86_400_000;

/** Refused writes never took effect; a month is longer than any device stays offline mid-push. */
export const REJECTED_RETENTION_MS = 30 * DAY_MS;

/** The answer history the dashboard shows and reports read: five years of quarters. */
export const HISTORY_RETENTION_MS = 5 * 365 * DAY_MS;

/** Most change-log rows one run deletes per rule, so a run stays well inside D1's 30 s per query. */
const MAX_DELETES = 10_000;

export interface PruneCounts {
  rejected: number;
  clients: number;
  history: number;
}

/**
 * The retention job (Workers cron, worker/index.ts): deletes what no view needs, keeps what the
 * replay and the history need (docs/architecture.md §3).
 * - Refused change-log entries older than {@link REJECTED_RETENTION_MS}: a replay that late is
 *   answered `seq_not_recorded` with the server's row, which is what the device needs anyway.
 * - The push bookkeeping (`client`) of devices revoked that long ago: their tokens are refused.
 * - History older than {@link HISTORY_RETENTION_MS}, except an answer's latest applied write
 *   (the state of any later period is read from it).
 * Current answers, tombstones included, are never pruned: a device far behind must still pull them.
 */
export async function pruneRetention(db: D1Database, now: number): Promise<PruneCounts> {
  const [rejected, clients, history] = await db.batch([
    db
      .prepare(
        `DELETE FROM change_log WHERE id IN (
           SELECT id FROM change_log WHERE status = 'rejected' AND created_at < ?1 LIMIT ?2)`,
      )
      .bind(now - REJECTED_RETENTION_MS, MAX_DELETES),
    db
      .prepare(
        `DELETE FROM client WHERE device_id IN (
           SELECT id FROM device WHERE revoked_at IS NOT NULL AND revoked_at < ?1)`,
      )
      .bind(now - REJECTED_RETENTION_MS),
    db
      .prepare(
        `DELETE FROM change_log WHERE id IN (
           SELECT c.id FROM change_log c
           WHERE c.created_at < ?1 AND EXISTS (
             SELECT 1 FROM change_log n
             WHERE n.unit_id = c.unit_id AND n.subject = c.subject AND n.item_id = c.item_id
               AND n.status = 'applied' AND n.id > c.id)
           LIMIT ?2)`,
      )
      .bind(now - HISTORY_RETENTION_MS, MAX_DELETES),
  ]);
  return {
    rejected: rejected?.meta.changes ?? 0,
    clients: clients?.meta.changes ?? 0,
    history: history?.meta.changes ?? 0,
  };
}
