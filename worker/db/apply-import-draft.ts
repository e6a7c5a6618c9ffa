/**
 * The planned rows of kind `?2` of draft `?1`, while it is not applied: every statement below
 * reads the plan from the draft itself (never from the request), and once the last one has marked
 * the draft applied they all find nothing, so a second confirmation changes nothing.
 */
const planned = `SELECT r.value AS op FROM import_draft d, json_each(d.plan, '$.rows') r
  WHERE d.id = ?1 AND d.applied_at IS NULL AND json_extract(r.value, '$.kind') = ?2`;

const value = (field: string) => `json_extract(op, '$.set.${field}')`;

/**
 * The statements that apply an import draft, for one `batch()` (a transaction) followed by its
 * audit entry (`writeAudit(…, { ifChanged: true })`, which the last statement here enables):
 * new procedures (an existing key is updated instead; a code another key took meanwhile is left
 * out rather than failing the batch), changed procedures (only the planned columns), the unit's
 * assignments (to procedures that exist), and the draft marked applied at `at`.
 */
export const applyImportDraft = (db: D1Database, draftId: string, at: number): D1PreparedStatement[] => [
  db
    .prepare(
      `INSERT INTO procedure (key, code, name, field, level, state, decision_no)
       SELECT json_extract(op, '$.key'), ${value('code')}, ${value('name')}, ${value('field')},
         ${value('level')}, ${value('state')}, ${value('decisionNo')}
       FROM (${planned})
       WHERE ${value('code')} IS NULL OR NOT EXISTS (
         SELECT 1 FROM procedure p WHERE p.code = ${value('code')} AND p.key <> json_extract(op, '$.key'))
       ON CONFLICT (key) DO UPDATE SET code = coalesce(procedure.code, excluded.code), name = excluded.name,
         field = excluded.field, level = excluded.level, state = excluded.state,
         decision_no = coalesce(excluded.decision_no, procedure.decision_no)`,
    )
    .bind(draftId, 'add'),
  db
    .prepare(
      `UPDATE procedure SET
         code = CASE WHEN procedure.code IS NULL AND NOT EXISTS (
           SELECT 1 FROM procedure p WHERE p.code = ${value('code')}) THEN ${value('code')} ELSE procedure.code END,
         name = coalesce(${value('name')}, procedure.name),
         field = coalesce(${value('field')}, procedure.field),
         level = coalesce(${value('level')}, procedure.level),
         state = coalesce(${value('state')}, procedure.state),
         decision_no = coalesce(${value('decisionNo')}, procedure.decision_no),
         -- A new name or publication decision: postings checked before it are stale (decision 0010).
         changed_at = CASE WHEN coalesce(${value('name')}, procedure.name) IS NOT procedure.name
           OR coalesce(${value('decisionNo')}, procedure.decision_no) IS NOT procedure.decision_no
           THEN ?3 ELSE procedure.changed_at END
       FROM (${planned}) AS ops
       WHERE procedure.key = json_extract(ops.op, '$.key')`,
    )
    .bind(draftId, 'change', at),
  db
    .prepare(
      `INSERT OR IGNORE INTO assignment (unit_id, procedure_key)
       SELECT d.unit_id, json_extract(r.value, '$.key')
       FROM import_draft d, json_each(d.plan, '$.rows') r
       WHERE d.id = ?1 AND d.applied_at IS NULL AND json_extract(r.value, '$.assign') = 1
         AND EXISTS (SELECT 1 FROM procedure p WHERE p.key = json_extract(r.value, '$.key'))`,
    )
    .bind(draftId),
  db
    .prepare('UPDATE import_draft SET applied_at = ?2 WHERE id = ?1 AND applied_at IS NULL')
    .bind(draftId, at),
];
