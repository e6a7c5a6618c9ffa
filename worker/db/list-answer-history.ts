import type { AnswerField, AnswerFields } from '../../shared/sync/answer-fields.ts';
import type { HistoryEntry } from '../../shared/sync/protocol.ts';

/** Most entries one history answer lists (newest first). */
export const HISTORY_LIMIT = 50;

/**
 * The recorded writes of one answer of a unit, newest first, with the label of the device that
 * made each: applied ones and those that lost last-writer-wins, never refused ones.
 */
export async function listAnswerHistory(
  db: D1Database,
  unitId: string,
  subject: string,
  itemId: string,
): Promise<HistoryEntry[]> {
  const { results } = await db
    .prepare(
      `SELECT c.created_at AS at, c.hlc, d.label AS device, c.status, c.new_fields AS fields,
         c.lost_fields AS lostFields
       FROM change_log c LEFT JOIN device d ON d.id = c.device_id
       WHERE c.unit_id = ?1 AND c.subject = ?2 AND c.item_id = ?3 AND c.status IN ('applied', 'superseded')
       ORDER BY c.id DESC LIMIT ?4`,
    )
    .bind(unitId, subject, itemId, HISTORY_LIMIT)
    .all<{
      at: number;
      hlc: string;
      device: string | null;
      status: HistoryEntry['status'];
      fields: string;
      lostFields: string;
    }>();
  return results.map((row) => ({
    ...row,
    fields: JSON.parse(row.fields) as AnswerFields,
    lostFields: JSON.parse(row.lostFields) as AnswerField[],
  }));
}
