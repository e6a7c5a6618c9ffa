import type { SyncRow } from '../../shared/sync/protocol.ts';
import { ANSWER_COLUMNS, type AnswerRow, toSyncRow } from './answer-row.ts';

/**
 * The current rows of a unit for the given keys (`subject|itemId`), as a pull would deliver them;
 * a key without a row is absent from the map.
 */
export async function readAnswerRows(
  db: D1Database,
  unitId: string,
  keys: readonly { subject: string; itemId: string }[],
): Promise<Map<string, SyncRow>> {
  const rows = new Map<string, SyncRow>();
  if (keys.length === 0) return rows;
  const statements = keys.map(({ subject, itemId }) =>
    db
      .prepare(`SELECT ${ANSWER_COLUMNS} FROM answer WHERE unit_id = ?1 AND subject = ?2 AND item_id = ?3`)
      .bind(unitId, subject, itemId),
  );
  for (const { results } of await db.batch<AnswerRow>(statements)) {
    for (const row of results) rows.set(`${row.subject}|${row.itemId}`, toSyncRow(row));
  }
  return rows;
}
