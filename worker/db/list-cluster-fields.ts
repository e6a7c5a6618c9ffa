import { vietnameseOrder } from '../report/vietnamese-order.ts';

/** The fields (lĩnh vực) of the procedures assigned anywhere in a cluster, for the field filter. */
export async function listClusterFields(db: D1Database, clusterId: string, day: string): Promise<string[]> {
  const { results } = await db
    .prepare(
      `WITH RECURSIVE tree (id) AS (
         SELECT ?1
         UNION
         SELECT l.unit_id FROM org_link l JOIN tree ON l.parent_id = tree.id
         WHERE l.valid_from <= ?2 AND (l.valid_to IS NULL OR l.valid_to > ?2)
       )
       SELECT DISTINCT p.field FROM tree JOIN assignment a ON a.unit_id = tree.id
       JOIN procedure p ON p.key = a.procedure_key`,
    )
    .bind(clusterId, day)
    .all<{ field: string }>();
  return results.map((row) => row.field).sort(vietnameseOrder);
}
