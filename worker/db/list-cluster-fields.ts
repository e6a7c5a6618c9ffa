import { vietnameseOrder } from '../report/vietnamese-order.ts';
import { CLUSTER_UNITS_CTE } from './cluster-units-cte.ts';

/** The fields (lĩnh vực) of the procedures assigned anywhere in a cluster, for the field filter. */
export async function listClusterFields(db: D1Database, clusterId: string, day: string): Promise<string[]> {
  const { results } = await db
    .prepare(
      `${CLUSTER_UNITS_CTE}
       SELECT DISTINCT p.field FROM tree JOIN assignment a ON a.unit_id = tree.id
       JOIN procedure p ON p.key = a.procedure_key`,
    )
    .bind(clusterId, day)
    .all<{ field: string }>();
  return results.map((row) => row.field).sort(vietnameseOrder);
}
