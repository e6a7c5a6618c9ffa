import { PROCEDURE_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { ALL_P_ITEMS, CONTENT, OFFICE, WEBSITE } from '../../shared/report/item-bits.ts';

/** The columns of `unit_history` after `unit_id, day` (worker/migrations/0007_unit_history.sql). */
export const UNIT_HISTORY_COLUMNS =
  'procedures, started, complete, office, website, content, failing, last_check, items';

/**
 * One unit's totals over its assigned procedures `a` and their summary rows `l` (a LEFT JOIN: a
 * procedure never answered counts as assigned and nothing else), in the order of
 * {@link UNIT_HISTORY_COLUMNS}. `items` is a JSON array: how many procedures meet P01…P23, then
 * how many fail them.
 */
export const UNIT_HISTORY_AGGREGATES = [
  'count(a.procedure_key)',
  'count(*) FILTER (WHERE l.answered > 0)',
  `count(*) FILTER (WHERE l.met_mask & ${ALL_P_ITEMS} = ${ALL_P_ITEMS})`,
  `count(*) FILTER (WHERE l.met_mask & ${OFFICE} <> 0)`,
  `count(*) FILTER (WHERE l.met_mask & ${WEBSITE} <> 0)`,
  `count(*) FILTER (WHERE l.met_mask & ${CONTENT} = ${CONTENT})`,
  'count(*) FILTER (WHERE l.fail_mask <> 0)',
  'max(l.checked_at)',
  `json_array(${[
    ...PROCEDURE_ITEMS.map((_, i) => `coalesce(sum((l.met_mask >> ${i}) & 1), 0)`),
    ...PROCEDURE_ITEMS.map((_, i) => `coalesce(sum((l.fail_mask >> ${i}) & 1), 0)`),
  ].join(', ')})`,
].join(',\n  ');

/**
 * Fills `unit_history` for every unit and day found in `procedure_history`, each procedure as it
 * stood on that day (its last history row on or before it): what the pushes would have written.
 * The migration that made the table and the demo seed hold this text verbatim (a test compares).
 */
export const unitHistoryBackfillSql = (): string =>
  `INSERT OR REPLACE INTO unit_history (unit_id, day, ${UNIT_HISTORY_COLUMNS}, unit_met, unit_fail, unit_check)
SELECT d.unit_id, d.day,
  ${UNIT_HISTORY_AGGREGATES},
  u.met_mask, u.fail_mask, u.checked_at
FROM (SELECT DISTINCT unit_id, day FROM procedure_history) d
LEFT JOIN assignment a ON a.unit_id = d.unit_id
LEFT JOIN procedure_history l ON l.unit_id = a.unit_id AND l.subject = a.procedure_key
  AND l.day = (SELECT max(day) FROM procedure_history
    WHERE unit_id = a.unit_id AND subject = a.procedure_key AND day <= d.day)
LEFT JOIN procedure_history u ON u.unit_id = d.unit_id AND u.subject = '_unit'
  AND u.day = (SELECT max(day) FROM procedure_history
    WHERE unit_id = d.unit_id AND subject = '_unit' AND day <= d.day)
GROUP BY d.unit_id, d.day;`;
