import type { PushResult } from '../../shared/sync/protocol.ts';

/** The results first given to already-acknowledged seqs, so a replayed push answers the same. */
export async function readRecordedResults(
  db: D1Database,
  clientId: string,
  seqs: readonly number[],
): Promise<Map<number, PushResult>> {
  if (seqs.length === 0) return new Map();
  const { results } = await db
    .prepare(
      `SELECT seq, status, reason FROM change_log
       WHERE client_id = ?1 AND seq IN (SELECT value FROM json_each(?2))`,
    )
    .bind(clientId, JSON.stringify(seqs))
    .all<{ seq: number; status: PushResult['status']; reason: string | null }>();
  return new Map(
    results.map((row) => [
      row.seq,
      row.reason
        ? { seq: row.seq, status: row.status, reason: row.reason }
        : { seq: row.seq, status: row.status },
    ]),
  );
}
