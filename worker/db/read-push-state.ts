import type { SyncRow } from '../../shared/sync/protocol.ts';
import { ANSWER_COLUMNS, type AnswerRow, toSyncRow } from './answer-row.ts';

/** What a push needs to know before planning, read at one moment; `counter` guards the write. */
export interface PushState {
  /** The unit's version counter (worker/migrations/0002_unit_versions.sql). */
  counter: number;
  client: { deviceId: string; lastSeq: number } | null;
  /** Current rows of the touched keys, by `rowKey`. */
  held: Map<string, SyncRow>;
  /** Which of the touched subjects are procedures assigned to the unit. */
  assigned: Set<string>;
  /** Which of the photos the mutations reference the unit has uploaded. */
  photos: Set<string>;
}

export const rowKey = (subject: string, itemId: string): string => `${subject}\u0000${itemId}`;

/**
 * Reads the push state in one round trip: one batch, so one transaction and one moment. It first
 * makes sure the unit has a counter row, so the write's guard always has a row to check.
 */
export async function readPushState(
  db: D1Database,
  unitId: string,
  clientId: string,
  keys: readonly { subject: string; itemId: string; fields?: { photos?: string[] | null } }[],
): Promise<PushState> {
  const pairs = JSON.stringify(keys.map((key) => [key.subject, key.itemId]));
  const subjects = JSON.stringify([...new Set(keys.map((key) => key.subject))]);
  const hashes = JSON.stringify([...new Set(keys.flatMap((key) => key.fields?.photos ?? []))]);
  const [, counter, client, held, assigned, photos] = (
    await db.batch<Record<string, unknown>>([
      db.prepare('INSERT OR IGNORE INTO unit_counter (unit_id, version) VALUES (?1, 0)').bind(unitId),
      db.prepare('SELECT version FROM unit_counter WHERE unit_id = ?1').bind(unitId),
      db
        .prepare('SELECT device_id AS deviceId, last_seq AS lastSeq FROM client WHERE id = ?1')
        .bind(clientId),
      db
        .prepare(
          `SELECT ${ANSWER_COLUMNS} FROM answer
           WHERE unit_id = ?1 AND (subject, item_id) IN
             (SELECT value ->> '$[0]', value ->> '$[1]' FROM json_each(?2))`,
        )
        .bind(unitId, pairs),
      db
        .prepare(
          `SELECT procedure_key AS key FROM assignment
           WHERE unit_id = ?1 AND procedure_key IN (SELECT value FROM json_each(?2))`,
        )
        .bind(unitId, subjects),
      db
        .prepare('SELECT hash FROM photo WHERE unit_id = ?1 AND hash IN (SELECT value FROM json_each(?2))')
        .bind(unitId, hashes),
    ])
  ).map((result) => result.results);
  return {
    counter: (counter?.[0] as { version: number } | undefined)?.version ?? 0,
    client: (client?.[0] as PushState['client'] | undefined) ?? null,
    held: new Map(
      ((held ?? []) as unknown as AnswerRow[]).map((row) => [
        rowKey(row.subject, row.itemId),
        toSyncRow(row),
      ]),
    ),
    assigned: new Set(((assigned ?? []) as { key: string }[]).map((row) => row.key)),
    photos: new Set(((photos ?? []) as { hash: string }[]).map((row) => row.hash)),
  };
}
