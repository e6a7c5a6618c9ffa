import { PROCEDURE_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { UNIT_SUBJECT } from '../../shared/sync/protocol.ts';

const P_ITEM_IDS = JSON.stringify(PROCEDURE_ITEMS.map((item) => item.id));

/**
 * Recomputes the dashboard aggregates a push may have changed, as statements for the push's own
 * batch: the `procedure_summary` rows of the subjects it touched (read from their answers only),
 * then the unit's row, summed over its procedures' summaries. `complete` follows
 * shared/scoring/is-procedure-complete.ts: every P-item answered `dat` or `khong_ap_dung`.
 */
export const refreshUnitSummary = (
  db: D1Database,
  unitId: string,
  subjects: readonly string[],
  syncedAt: number | null,
): D1PreparedStatement[] => [
  db
    .prepare(
      `INSERT INTO procedure_summary (unit_id, subject, answered, met)
       SELECT ?1, s.value,
         count(w.item_id) FILTER (WHERE w.fields ->> '$.status' IS NOT NULL),
         count(w.item_id) FILTER (WHERE w.fields ->> '$.status' IN ('dat', 'khong_ap_dung'))
       FROM json_each(?2) s
       LEFT JOIN answer w ON w.unit_id = ?1 AND w.subject = s.value
         AND w.item_id IN (SELECT value FROM json_each(?3))
       WHERE s.value <> ?4
       GROUP BY s.value
       ON CONFLICT (unit_id, subject) DO UPDATE SET answered = excluded.answered, met = excluded.met`,
    )
    .bind(unitId, JSON.stringify([...new Set(subjects)]), P_ITEM_IDS, UNIT_SUBJECT),
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
