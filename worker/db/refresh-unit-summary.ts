import { PROCEDURE_ITEMS } from '../../shared/checklist/checklist-items.ts';

const P_ITEM_IDS = JSON.stringify(PROCEDURE_ITEMS.map((item) => item.id));

/**
 * Recomputes one unit's dashboard row. Returned as a statement so callers put it in the same batch
 * as the write that changed the answers. `complete` follows shared/scoring/is-procedure-complete.ts:
 * every P-item answered `dat` or `khong_ap_dung`.
 */
export const refreshUnitSummary = (
  db: D1Database,
  unitId: string,
  syncedAt: number | null,
): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO unit_summary (unit_id, procedures, complete, last_sync_at)
       SELECT ?1,
         (SELECT count(*) FROM assignment WHERE unit_id = ?1),
         (SELECT count(*) FROM assignment a WHERE a.unit_id = ?1 AND ?3 = (
            SELECT count(*) FROM answer w
            WHERE w.unit_id = a.unit_id AND w.subject = a.procedure_key AND w.deleted = 0
              AND w.item_id IN (SELECT value FROM json_each(?2))
              AND w.fields ->> '$.status' IN ('dat', 'khong_ap_dung'))),
         ?4
       ON CONFLICT (unit_id) DO UPDATE SET
         procedures = excluded.procedures,
         complete = excluded.complete,
         last_sync_at = coalesce(excluded.last_sync_at, unit_summary.last_sync_at)`,
    )
    .bind(unitId, P_ITEM_IDS, PROCEDURE_ITEMS.length, syncedAt);
