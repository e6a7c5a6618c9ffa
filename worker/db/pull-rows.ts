import type { SyncRow } from '../../shared/sync/protocol.ts';
import { ANSWER_COLUMNS, type AnswerRow, toSyncRow } from './answer-row.ts';

/**
 * Rows of a unit with `version > cursor`, in version order (docs/architecture.md §3: never by time).
 * Reads one extra row to tell whether more remain.
 */
export async function pullRows(
  db: D1Database,
  unitId: string,
  cursor: number,
  limit: number,
): Promise<{ rows: SyncRow[]; hasMore: boolean }> {
  const { results } = await db
    .prepare(
      `SELECT ${ANSWER_COLUMNS} FROM answer
       WHERE unit_id = ?1 AND version > ?2 ORDER BY version LIMIT ?3`,
    )
    .bind(unitId, cursor, limit + 1)
    .all<AnswerRow>();
  return { rows: results.slice(0, limit).map(toSyncRow), hasMore: results.length > limit };
}
