import type { AnswerFields } from '../../shared/sync/answer-fields.ts';

/**
 * The current answers of one subject of a unit (a procedure, or `_unit`), by item id; cleared
 * answers (tombstones) are left out. What the unit answered last, whatever the period.
 */
export async function listSubjectAnswers(
  db: D1Database,
  unitId: string,
  subject: string,
): Promise<Map<string, AnswerFields>> {
  const { results } = await db
    .prepare(
      'SELECT item_id AS itemId, fields FROM answer WHERE unit_id = ?1 AND subject = ?2 AND deleted = 0',
    )
    .bind(unitId, subject)
    .all<{ itemId: string; fields: string }>();
  return new Map(results.map((row) => [row.itemId, JSON.parse(row.fields) as AnswerFields]));
}
