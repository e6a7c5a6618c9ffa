import { CLUSTER_UNITS_CTE } from './cluster-units-cte.ts';

export interface ClusterProcedure {
  key: string;
  code: string | null;
  name: string;
  field: string;
  level: string;
}

/**
 * A procedure assigned to at least one unit of the cluster on `day`; null otherwise, so a
 * procedure the cluster does not handle is answered as one that does not exist.
 */
export const findClusterProcedure = (db: D1Database, clusterId: string, day: string, key: string) =>
  db
    .prepare(
      `${CLUSTER_UNITS_CTE} SELECT p.key, p.code, p.name, p.field, p.level FROM procedure p
       WHERE p.key = ?3 AND EXISTS (SELECT 1 FROM assignment a JOIN tree ON tree.id = a.unit_id
         WHERE a.procedure_key = p.key)`,
    )
    .bind(clusterId, day, key)
    .first<ClusterProcedure>();
