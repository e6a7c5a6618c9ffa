import { PROCEDURE_ITEMS, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { UNIT_SUBJECT } from '../../shared/sync/protocol.ts';
import { UNIT_HISTORY_AGGREGATES, UNIT_HISTORY_COLUMNS } from './unit-history-sql.ts';

const P_ITEM_IDS = JSON.stringify(PROCEDURE_ITEMS.map((item) => item.id));
const U_ITEM_IDS = JSON.stringify(UNIT_ITEMS.map((item) => item.id));
/** An answer's item as its summary bit (shared/report/item-bits.ts), in SQL. */
const BIT = `(1 << (CAST(substr(w.item_id, 2) AS INTEGER) - 1))`;
const MET = `w.fields ->> '$.status' IN ('dat', 'khong_ap_dung')`;

/**
 * Recomputes the dashboard aggregates a push (or an assignment change) may have changed, as
 * statements for one batch: the `procedure_summary` rows of the subjects it touched (read from
 * their answers only; the unit items as subject `_unit`; a trigger copies each into
 * `procedure_history` under today's day in Viet Nam), the unit's totals of the day in
 * `unit_history` (what a period's figures are read from, decision 0010; the day by the database's
 * clock, like the trigger's), then the unit's row, summed over its procedures' summaries. `complete` follows shared/scoring/is-procedure-complete.ts: every
 * P-item answered `dat` or `khong_ap_dung`.
 */
export const refreshUnitSummary = (
  db: D1Database,
  unitId: string,
  subjects: readonly string[],
  syncedAt: number | null,
): D1PreparedStatement[] => {
  const touched = JSON.stringify([...new Set(subjects)]);
  return [
    db
      .prepare(
        `INSERT INTO procedure_summary (unit_id, subject, answered, met, met_mask, fail_mask, checked_at)
         SELECT ?1, s.value,
           count(w.item_id) FILTER (WHERE w.fields ->> '$.status' IS NOT NULL),
           count(w.item_id) FILTER (WHERE ${MET}),
           coalesce(sum(${BIT}) FILTER (WHERE ${MET}), 0),
           coalesce(sum(${BIT}) FILTER (WHERE w.fields ->> '$.status' = 'chua_dat'), 0),
           max(w.fields ->> '$.checkedAt')
         FROM json_each(?2) s
         LEFT JOIN answer w ON w.unit_id = ?1 AND w.subject = s.value
           AND w.item_id IN (SELECT value FROM json_each(CASE WHEN s.value = ?4 THEN ?5 ELSE ?3 END))
         GROUP BY s.value
         ON CONFLICT (unit_id, subject) DO UPDATE SET answered = excluded.answered, met = excluded.met,
           met_mask = excluded.met_mask, fail_mask = excluded.fail_mask, checked_at = excluded.checked_at`,
      )
      .bind(unitId, touched, P_ITEM_IDS, UNIT_SUBJECT, U_ITEM_IDS),
    db
      .prepare(
        `INSERT OR REPLACE INTO unit_history (unit_id, day, ${UNIT_HISTORY_COLUMNS}, unit_met, unit_fail, unit_check)
         SELECT ?1, date('now', '+7 hours'),
           ${UNIT_HISTORY_AGGREGATES},
           (SELECT met_mask FROM procedure_summary WHERE unit_id = ?1 AND subject = ?2),
           (SELECT fail_mask FROM procedure_summary WHERE unit_id = ?1 AND subject = ?2),
           (SELECT checked_at FROM procedure_summary WHERE unit_id = ?1 AND subject = ?2)
         FROM assignment a LEFT JOIN procedure_summary l ON l.unit_id = a.unit_id AND l.subject = a.procedure_key
         WHERE a.unit_id = ?1`,
      )
      .bind(unitId, UNIT_SUBJECT),
    db
      .prepare(
        `INSERT INTO unit_summary (unit_id, procedures, complete, last_sync_at)
         SELECT ?1,
           (SELECT count(*) FROM assignment WHERE unit_id = ?1),
           (SELECT count(*) FROM assignment a JOIN procedure_summary p
              ON p.unit_id = a.unit_id AND p.subject = a.procedure_key
            WHERE a.unit_id = ?1 AND p.met = ?2),
           ?3
         ON CONFLICT (unit_id) DO UPDATE SET
           procedures = excluded.procedures,
           complete = excluded.complete,
           last_sync_at = coalesce(excluded.last_sync_at, unit_summary.last_sync_at)`,
      )
      .bind(unitId, PROCEDURE_ITEMS.length, syncedAt),
  ];
};
