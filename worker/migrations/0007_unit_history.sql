-- Per-unit totals by day (issue #9, decision 0010): the overview and the reports read one row per
-- unit for a period — the last on or before its end — instead of one per procedure. The push batch
-- writes the unit's row of the day (worker/db/refresh-unit-summary.ts), summed over its assigned
-- procedures' summaries; `items` holds how many procedures meet P01…P23, then how many fail them.
-- The unit items' bits and last check come from the `_unit` summary.
CREATE TABLE unit_history (
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  day TEXT NOT NULL,
  procedures INTEGER NOT NULL,
  started INTEGER NOT NULL,
  complete INTEGER NOT NULL,
  office INTEGER NOT NULL,
  website INTEGER NOT NULL,
  content INTEGER NOT NULL,
  failing INTEGER NOT NULL,
  last_check INTEGER,
  items TEXT NOT NULL,
  unit_met INTEGER,
  unit_fail INTEGER,
  unit_check INTEGER,
  PRIMARY KEY (unit_id, day)
) WITHOUT ROWID;

-- Every change of a procedure's summary is kept under the day it was made (Viet Nam time), by the
-- database itself: whoever writes a summary (a push, an import, the seed) writes its history too.
-- (Delete, then insert: a trigger's own OR REPLACE would give way to the outer statement's policy.)
CREATE TRIGGER procedure_summary_history_insert AFTER INSERT ON procedure_summary BEGIN
  DELETE FROM procedure_history
  WHERE unit_id = NEW.unit_id AND subject = NEW.subject AND day = date('now', '+7 hours');
  INSERT INTO procedure_history (unit_id, subject, day, answered, met_mask, fail_mask, checked_at)
  VALUES (NEW.unit_id, NEW.subject, date('now', '+7 hours'), NEW.answered, NEW.met_mask, NEW.fail_mask,
    NEW.checked_at);
END;
CREATE TRIGGER procedure_summary_history_update AFTER UPDATE ON procedure_summary BEGIN
  DELETE FROM procedure_history
  WHERE unit_id = NEW.unit_id AND subject = NEW.subject AND day = date('now', '+7 hours');
  INSERT INTO procedure_history (unit_id, subject, day, answered, met_mask, fail_mask, checked_at)
  VALUES (NEW.unit_id, NEW.subject, date('now', '+7 hours'), NEW.answered, NEW.met_mask, NEW.fail_mask,
    NEW.checked_at);
END;

-- The days already in the history get their unit rows.
INSERT OR REPLACE INTO unit_history (unit_id, day, procedures, started, complete, office, website, content, failing, last_check, items, unit_met, unit_fail, unit_check)
SELECT d.unit_id, d.day,
  count(a.procedure_key),
  count(*) FILTER (WHERE l.answered > 0),
  count(*) FILTER (WHERE l.met_mask & 8388607 = 8388607),
  count(*) FILTER (WHERE l.met_mask & 32 <> 0),
  count(*) FILTER (WHERE l.met_mask & 16 <> 0),
  count(*) FILTER (WHERE l.met_mask & 32640 = 32640),
  count(*) FILTER (WHERE l.fail_mask <> 0),
  max(l.checked_at),
  json_array(coalesce(sum((l.met_mask >> 0) & 1), 0), coalesce(sum((l.met_mask >> 1) & 1), 0), coalesce(sum((l.met_mask >> 2) & 1), 0), coalesce(sum((l.met_mask >> 3) & 1), 0), coalesce(sum((l.met_mask >> 4) & 1), 0), coalesce(sum((l.met_mask >> 5) & 1), 0), coalesce(sum((l.met_mask >> 6) & 1), 0), coalesce(sum((l.met_mask >> 7) & 1), 0), coalesce(sum((l.met_mask >> 8) & 1), 0), coalesce(sum((l.met_mask >> 9) & 1), 0), coalesce(sum((l.met_mask >> 10) & 1), 0), coalesce(sum((l.met_mask >> 11) & 1), 0), coalesce(sum((l.met_mask >> 12) & 1), 0), coalesce(sum((l.met_mask >> 13) & 1), 0), coalesce(sum((l.met_mask >> 14) & 1), 0), coalesce(sum((l.met_mask >> 15) & 1), 0), coalesce(sum((l.met_mask >> 16) & 1), 0), coalesce(sum((l.met_mask >> 17) & 1), 0), coalesce(sum((l.met_mask >> 18) & 1), 0), coalesce(sum((l.met_mask >> 19) & 1), 0), coalesce(sum((l.met_mask >> 20) & 1), 0), coalesce(sum((l.met_mask >> 21) & 1), 0), coalesce(sum((l.met_mask >> 22) & 1), 0), coalesce(sum((l.fail_mask >> 0) & 1), 0), coalesce(sum((l.fail_mask >> 1) & 1), 0), coalesce(sum((l.fail_mask >> 2) & 1), 0), coalesce(sum((l.fail_mask >> 3) & 1), 0), coalesce(sum((l.fail_mask >> 4) & 1), 0), coalesce(sum((l.fail_mask >> 5) & 1), 0), coalesce(sum((l.fail_mask >> 6) & 1), 0), coalesce(sum((l.fail_mask >> 7) & 1), 0), coalesce(sum((l.fail_mask >> 8) & 1), 0), coalesce(sum((l.fail_mask >> 9) & 1), 0), coalesce(sum((l.fail_mask >> 10) & 1), 0), coalesce(sum((l.fail_mask >> 11) & 1), 0), coalesce(sum((l.fail_mask >> 12) & 1), 0), coalesce(sum((l.fail_mask >> 13) & 1), 0), coalesce(sum((l.fail_mask >> 14) & 1), 0), coalesce(sum((l.fail_mask >> 15) & 1), 0), coalesce(sum((l.fail_mask >> 16) & 1), 0), coalesce(sum((l.fail_mask >> 17) & 1), 0), coalesce(sum((l.fail_mask >> 18) & 1), 0), coalesce(sum((l.fail_mask >> 19) & 1), 0), coalesce(sum((l.fail_mask >> 20) & 1), 0), coalesce(sum((l.fail_mask >> 21) & 1), 0), coalesce(sum((l.fail_mask >> 22) & 1), 0)),
  u.met_mask, u.fail_mask, u.checked_at
FROM (SELECT DISTINCT unit_id, day FROM procedure_history) d
LEFT JOIN assignment a ON a.unit_id = d.unit_id
LEFT JOIN procedure_history l ON l.unit_id = a.unit_id AND l.subject = a.procedure_key
  AND l.day = (SELECT max(day) FROM procedure_history
    WHERE unit_id = a.unit_id AND subject = a.procedure_key AND day <= d.day)
LEFT JOIN procedure_history u ON u.unit_id = d.unit_id AND u.subject = '_unit'
  AND u.day = (SELECT max(day) FROM procedure_history
    WHERE unit_id = d.unit_id AND subject = '_unit' AND day <= d.day)
GROUP BY d.unit_id, d.day;
