import { vietnameseOrder } from '../report/vietnamese-order.ts';
import { CLUSTER_UNITS_CTE } from './cluster-units-cte.ts';
import { type SubjectState, toState } from './read-unit-checklist.ts';

export interface ProcedureUnit extends SubjectState {
  id: string;
  name: string;
  kind: 'ward' | 'school';
}

/**
 * The units of a cluster (tree of `linksDay`) that are assigned one procedure, with its item bits
 * at the end of the period (`end`): wards first, then schools, each in Vietnamese name order.
 */
export async function listProcedureUnits(
  db: D1Database,
  q: { clusterId: string; linksDay: string; end: string },
  key: string,
): Promise<ProcedureUnit[]> {
  const { results } = await db
    .prepare(
      `${CLUSTER_UNITS_CTE}
       SELECT u.id, u.name, u.kind, h.answered, h.met_mask AS metMask, h.fail_mask AS failMask,
         h.checked_at AS checkedAt
       FROM tree JOIN org_unit u ON u.id = tree.id
       JOIN assignment a ON a.unit_id = u.id AND a.procedure_key = ?4
       LEFT JOIN procedure_history h ON h.unit_id = u.id AND h.subject = ?4
         AND h.day = (SELECT max(day) FROM procedure_history WHERE unit_id = u.id AND subject = ?4 AND day <= ?3)
       WHERE u.kind <> 'cluster'`,
    )
    .bind(q.clusterId, q.linksDay, q.end, key)
    .all<Record<string, string | number | null>>();
  return results
    .map((row) => ({
      id: String(row.id),
      name: String(row.name),
      kind: row.kind as ProcedureUnit['kind'],
      ...toState(row),
    }))
    .sort((a, b) => (a.kind === b.kind ? vietnameseOrder(a.name, b.name) : a.kind === 'ward' ? -1 : 1));
}
