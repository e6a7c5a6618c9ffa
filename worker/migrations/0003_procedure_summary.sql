-- Per-procedure aggregates, kept in the same batch as each push for the procedures it touched, so
-- the unit summary is a sum over a unit's procedures instead of a count over all its answers
-- (docs/architecture.md §4: dashboard reads stay cheap as data grows; decision 0008).
-- `answered` = P-items with a status, `met` = P-items `dat` or `khong_ap_dung`; a procedure is
-- complete when all 23 P-items are met (shared/scoring/is-procedure-complete.ts).
CREATE TABLE procedure_summary (
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  subject TEXT NOT NULL,
  answered INTEGER NOT NULL,
  met INTEGER NOT NULL,
  PRIMARY KEY (unit_id, subject)
) WITHOUT ROWID;

INSERT INTO procedure_summary (unit_id, subject, answered, met)
SELECT unit_id, subject,
  count(*) FILTER (WHERE fields ->> '$.status' IS NOT NULL),
  count(*) FILTER (WHERE fields ->> '$.status' IN ('dat', 'khong_ap_dung'))
FROM answer
WHERE subject <> '_unit' AND item_id GLOB 'P[0-9][0-9]'
GROUP BY unit_id, subject;
