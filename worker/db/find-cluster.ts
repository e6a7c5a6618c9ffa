export interface Cluster {
  id: string;
  name: string;
}

/** A cluster (a top-level unit) by id; null when there is none. */
export const findCluster = (db: D1Database, clusterId: string): Promise<Cluster | null> =>
  db
    .prepare("SELECT id, name FROM org_unit WHERE id = ?1 AND kind = 'cluster'")
    .bind(clusterId)
    .first<Cluster>();
