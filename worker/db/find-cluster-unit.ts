import { CLUSTER_UNITS_CTE } from './cluster-units-cte.ts';

export interface ClusterUnit {
  id: string;
  kind: 'cluster' | 'ward' | 'school';
  name: string;
}

/** A unit of the cluster on `day` (the cluster itself included); null for any other unit. */
export const findClusterUnit = (db: D1Database, clusterId: string, day: string, unitId: string) =>
  db
    .prepare(
      `${CLUSTER_UNITS_CTE} SELECT u.id, u.kind, u.name FROM tree JOIN org_unit u ON u.id = tree.id WHERE u.id = ?3`,
    )
    .bind(clusterId, day, unitId)
    .first<ClusterUnit>();
