-- "Complete content" counts every part a posting must show, P08–P21 (docs/product.md §5), where
-- 0007 counted P08–P15. Each day's count is taken again from the unit's procedures as they stood
-- that day, as 0007's backfill did (shared/report/item-bits.ts: CONTENT = 2097024).
UPDATE unit_history SET content = (
  SELECT count(*) FROM assignment a
  JOIN procedure_history l ON l.unit_id = a.unit_id AND l.subject = a.procedure_key
    AND l.day = (SELECT max(day) FROM procedure_history
      WHERE unit_id = a.unit_id AND subject = a.procedure_key AND day <= unit_history.day)
  WHERE a.unit_id = unit_history.unit_id AND l.met_mask & 2097024 = 2097024
);
