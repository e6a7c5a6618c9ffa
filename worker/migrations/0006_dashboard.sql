-- District dashboard and reports (issue #9, docs/decisions/0010-dashboard-periods.md).
--
-- Each procedure's summary (and the unit items' one, subject `_unit`) keeps which items are met and
-- which fail as bit masks (item P01/U01 = bit 0) and the last check; every push that touches a
-- subject also writes that summary into `procedure_history` under the day (Vietnam time) it arrived.
-- A period's figures are read from the last history row on or before the period's end, so a figure
-- for a past period never changes when later answers arrive.
ALTER TABLE procedure_summary ADD COLUMN met_mask INTEGER NOT NULL DEFAULT 0;
ALTER TABLE procedure_summary ADD COLUMN fail_mask INTEGER NOT NULL DEFAULT 0;
ALTER TABLE procedure_summary ADD COLUMN checked_at INTEGER;

CREATE TABLE procedure_history (
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  subject TEXT NOT NULL,
  day TEXT NOT NULL,
  answered INTEGER NOT NULL,
  met_mask INTEGER NOT NULL,
  fail_mask INTEGER NOT NULL,
  checked_at INTEGER,
  PRIMARY KEY (unit_id, subject, day)
) WITHOUT ROWID;

-- When the portal (or an import) last changed a procedure: a posting checked before it is stale.
ALTER TABLE procedure ADD COLUMN changed_at INTEGER;

-- Per cluster: the reporting cut-off day (NULL = calendar months; 15 = a month runs from the 16th of
-- the month before to the 15th) and how often every procedure must be checked again.
CREATE TABLE cluster_setting (
  cluster_id TEXT PRIMARY KEY REFERENCES org_unit (id),
  cutoff_day INTEGER CHECK (cutoff_day BETWEEN 1 AND 28),
  recheck_months INTEGER NOT NULL DEFAULT 3 CHECK (recheck_months BETWEEN 1 AND 24)
);

-- A reviewer's verdict on a unit's checklist for a period, and comments per item.
CREATE TABLE review (
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  period TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('da_duyet', 'can_bo_sung')),
  comment TEXT,
  reviewer_id TEXT NOT NULL REFERENCES account (id),
  reviewed_at INTEGER NOT NULL,
  PRIMARY KEY (unit_id, period)
) WITHOUT ROWID;

CREATE TABLE review_comment (
  unit_id TEXT NOT NULL,
  period TEXT NOT NULL,
  subject TEXT NOT NULL,
  item_id TEXT NOT NULL,
  comment TEXT NOT NULL,
  PRIMARY KEY (unit_id, period, subject, item_id),
  FOREIGN KEY (unit_id, period) REFERENCES review (unit_id, period) ON DELETE CASCADE
) WITHOUT ROWID;

-- Existing summaries get their masks, and one history row dated the day of their last check; the
-- unit items get a summary of their own.
INSERT OR IGNORE INTO procedure_summary (unit_id, subject, answered, met)
SELECT unit_id, '_unit', count(*) FILTER (WHERE fields ->> '$.status' IS NOT NULL),
  count(*) FILTER (WHERE fields ->> '$.status' IN ('dat', 'khong_ap_dung'))
FROM answer WHERE subject = '_unit' AND item_id GLOB 'U[0-9][0-9]'
GROUP BY unit_id;

UPDATE procedure_summary AS s SET
  met_mask = coalesce((SELECT sum(1 << (CAST(substr(a.item_id, 2) AS INTEGER) - 1)) FROM answer a
    WHERE a.unit_id = s.unit_id AND a.subject = s.subject AND a.fields ->> '$.status' IN ('dat', 'khong_ap_dung')), 0),
  fail_mask = coalesce((SELECT sum(1 << (CAST(substr(a.item_id, 2) AS INTEGER) - 1)) FROM answer a
    WHERE a.unit_id = s.unit_id AND a.subject = s.subject AND a.fields ->> '$.status' = 'chua_dat'), 0),
  checked_at = (SELECT max(a.fields ->> '$.checkedAt') FROM answer a
    WHERE a.unit_id = s.unit_id AND a.subject = s.subject AND a.deleted = 0);

INSERT OR IGNORE INTO procedure_history (unit_id, subject, day, answered, met_mask, fail_mask, checked_at)
SELECT unit_id, subject, date(coalesce(checked_at, 0) / 1000 + 7 * 3600, 'unixepoch'), answered, met_mask,
  fail_mask, checked_at
FROM procedure_summary;
