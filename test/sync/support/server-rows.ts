import { env } from 'cloudflare:workers';
import type { AnswerFields, FieldClocks } from '../../../shared/sync/answer-fields.ts';

/** A unit's answers as stored in D1, shaped like `localRows` for comparison. */
export async function serverRows(unitId: string) {
  const { results } = await env.DB.prepare(
    'SELECT subject, item_id AS itemId, fields, clocks FROM answer WHERE unit_id = ?1',
  )
    .bind(unitId)
    .all<{ subject: string; itemId: string; fields: string; clocks: string }>();
  return results
    .map((row) => ({
      key: `${row.subject}|${row.itemId}`,
      fields: JSON.parse(row.fields) as AnswerFields,
      clocks: JSON.parse(row.clocks) as FieldClocks,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}
