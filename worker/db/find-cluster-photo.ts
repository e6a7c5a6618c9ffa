import { CLUSTER_UNITS_CTE } from './cluster-units-cte.ts';

/**
 * The stored type of a photo (`photos/<hash>` in R2) that a unit of the cluster uploaded, as the
 * tree stands on `day`; null when no unit of the cluster did, so another cluster's photo is
 * answered as one that does not exist.
 */
export const findClusterPhoto = (db: D1Database, clusterId: string, day: string, hash: string) =>
  db
    .prepare(
      `${CLUSTER_UNITS_CTE} SELECT p.type FROM photo p JOIN tree ON tree.id = p.unit_id WHERE p.hash = ?3 LIMIT 1`,
    )
    .bind(clusterId, day, hash)
    .first<string>('type');
