import type { PushPlan } from '../sync/plan-push.ts';
import { refreshUnitSummary } from './refresh-unit-summary.ts';

export interface PushWriter {
  unitId: string;
  deviceId: string;
  clientId: string;
  /** The counter and lastSeq the plan was made from. */
  seenCounter: number;
  seenLastSeq: number;
  now: number;
}

/** Thrown when another write landed between reading the state and writing the plan. */
export class PushConflictError extends Error {}

/**
 * Writes a planned push in ONE batch (one transaction): the guard, client lastSeq, answer rows,
 * change log, device last-seen and the unit summary. The first statement is an optimistic lock:
 * if the sync counter or this client's lastSeq moved since they were read, it writes -1, the
 * counter's CHECK fails and D1 rolls the whole batch back. The caller re-reads and re-plans.
 */
export async function writePush(db: D1Database, plan: PushPlan, w: PushWriter): Promise<void> {
  const statements: D1PreparedStatement[] = [
    db
      .prepare(
        `UPDATE sync_counter SET version = CASE
           WHEN version = ?1 AND coalesce((SELECT last_seq FROM client WHERE id = ?2), 0) = ?3 THEN ?4
           ELSE -1 END
         WHERE id = 1`,
      )
      .bind(w.seenCounter, w.clientId, w.seenLastSeq, plan.counter),
    db
      .prepare(
        `INSERT INTO client (id, device_id, last_seq) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET last_seq = excluded.last_seq`,
      )
      .bind(w.clientId, w.deviceId, plan.lastSeq),
    ...plan.writes.map((row) =>
      db
        .prepare(
          `INSERT INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)
           ON CONFLICT (unit_id, subject, item_id) DO UPDATE SET
             fields = excluded.fields, clocks = excluded.clocks, version = excluded.version,
             deleted = 0, updated_at = excluded.updated_at`,
        )
        .bind(
          row.unitId,
          row.subject,
          row.itemId,
          JSON.stringify(row.fields),
          JSON.stringify(row.clocks),
          row.version,
          w.now,
        ),
    ),
    ...plan.log.map((entry) =>
      db
        .prepare(
          `INSERT INTO change_log (client_id, seq, device_id, unit_id, subject, item_id, hlc, status, reason,
             version, old_fields, new_fields, lost_fields, lost, created_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)`,
        )
        .bind(
          w.clientId,
          entry.mutation.seq,
          w.deviceId,
          entry.mutation.unitId,
          entry.mutation.subject,
          entry.mutation.itemId,
          entry.mutation.hlc,
          entry.status,
          entry.reason,
          entry.version,
          entry.oldFields && JSON.stringify(entry.oldFields),
          JSON.stringify(entry.mutation.fields),
          JSON.stringify(entry.lostFields),
          entry.status === 'superseded' ? 1 : 0,
          w.now,
        ),
    ),
    db.prepare('UPDATE device SET last_seen_at = ?1 WHERE id = ?2').bind(w.now, w.deviceId),
    refreshUnitSummary(db, w.unitId, w.now),
  ];
  try {
    await db.batch(statements);
  } catch (error) {
    if (/CHECK constraint failed/i.test(String(error))) throw new PushConflictError('push state changed');
    throw error;
  }
}
