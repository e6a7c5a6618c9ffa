import type { PushPlan } from '../sync/plan-push.ts';
import { refreshUnitSummary } from './refresh-unit-summary.ts';

export interface PushWriter {
  unitId: string;
  deviceId: string;
  clientId: string;
  /** The unit's counter and the client's lastSeq the plan was made from. */
  seenCounter: number;
  seenLastSeq: number;
  now: number;
}

/** Thrown when another write of the same unit landed between reading the state and writing the plan. */
export class PushConflictError extends Error {}

/**
 * Writes a planned push with seven statements whatever its size (rows and log entries go in as
 * one JSON array each, read with `json_each`): D1 allows 100 bound parameters per statement and,
 * on the free plan, 50 queries per invocation. They run as ONE batch, one transaction: the guard,
 * client lastSeq, answer rows, change log, device last-seen and the summaries.
 *
 * The first statement is an optimistic lock: if the unit's counter or this client's lastSeq moved
 * since they were read, it writes -1, the counter's CHECK fails and D1 rolls the whole batch back
 * and this throws {@link PushConflictError}; the caller re-reads and re-plans. Every change log
 * entry is filed under the pushing device's own unit, refused ones for another unit included.
 *
 * `then` are reads run at the end of the same batch, so they see exactly what was written; their
 * results are returned.
 */
export async function writePush(
  db: D1Database,
  plan: PushPlan,
  w: PushWriter,
  then: readonly D1PreparedStatement[] = [],
): Promise<D1Result[]> {
  const statements = [
    db
      .prepare(
        `UPDATE unit_counter SET version = CASE
           WHEN version = ?2 AND coalesce((SELECT last_seq FROM client WHERE id = ?3), 0) = ?4 THEN ?5
           ELSE -1 END
         WHERE unit_id = ?1`,
      )
      .bind(w.unitId, w.seenCounter, w.clientId, w.seenLastSeq, plan.counter),
    db
      .prepare(
        `INSERT INTO client (id, device_id, last_seq, last_push_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET last_seq = excluded.last_seq, last_push_at = excluded.last_push_at`,
      )
      .bind(w.clientId, w.deviceId, plan.lastSeq, w.now),
  ];
  if (plan.writes.length > 0) {
    const rows = plan.writes.map((row) => ({
      subject: row.subject,
      itemId: row.itemId,
      fields: row.fields,
      clocks: row.clocks,
      version: row.version,
      deleted: row.deleted ? 1 : 0,
    }));
    statements.push(
      db
        .prepare(
          // `WHERE true` lets SQLite tell the upsert's ON CONFLICT from a join's ON.
          `INSERT INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
           SELECT ?1, value ->> '$.subject', value ->> '$.itemId', value -> '$.fields', value -> '$.clocks',
             value ->> '$.version', value ->> '$.deleted', ?3
           FROM json_each(?2) WHERE true
           ON CONFLICT (unit_id, subject, item_id) DO UPDATE SET
             fields = excluded.fields, clocks = excluded.clocks, version = excluded.version,
             deleted = excluded.deleted, updated_at = excluded.updated_at`,
        )
        .bind(w.unitId, JSON.stringify(rows), w.now),
    );
  }
  if (plan.log.length > 0) {
    const entries = plan.log.map((entry) => ({
      seq: entry.mutation.seq,
      subject: entry.mutation.subject,
      itemId: entry.mutation.itemId,
      hlc: entry.mutation.hlc,
      status: entry.status,
      reason: entry.reason,
      version: entry.version,
      oldFields: entry.oldFields && JSON.stringify(entry.oldFields),
      newFields: JSON.stringify(entry.mutation.fields),
      lostFields: JSON.stringify(entry.lostFields),
      lost: entry.status === 'superseded' ? 1 : 0,
    }));
    statements.push(
      db
        .prepare(
          `INSERT INTO change_log (client_id, seq, device_id, unit_id, subject, item_id, hlc, status, reason,
             version, old_fields, new_fields, lost_fields, lost, created_at)
           SELECT ?1, value ->> '$.seq', ?2, ?3, value ->> '$.subject', value ->> '$.itemId', value ->> '$.hlc',
             value ->> '$.status', value ->> '$.reason', value ->> '$.version', value ->> '$.oldFields',
             value ->> '$.newFields', value ->> '$.lostFields', value ->> '$.lost', ?5
           FROM json_each(?4)`,
        )
        .bind(w.clientId, w.deviceId, w.unitId, JSON.stringify(entries), w.now),
    );
  }
  statements.push(
    db.prepare('UPDATE device SET last_seen_at = ?1 WHERE id = ?2').bind(w.now, w.deviceId),
    ...refreshUnitSummary(
      db,
      w.unitId,
      plan.writes.map((row) => row.subject),
      w.now,
    ),
    ...then,
  );
  try {
    return (await db.batch(statements)).slice(statements.length - then.length);
  } catch (error) {
    if (/CHECK constraint failed/i.test(String(error))) throw new PushConflictError('push state changed');
    throw error;
  }
}
