export interface Cluster {
  id: string;
  name: string;
}

/** Top-level units (clusters), in name order; the dashboard's first choice is the first one. */
export async function listClusters(db: D1Database): Promise<Cluster[]> {
  const { results } = await db
    .prepare("SELECT id, name FROM org_unit WHERE kind = 'cluster' AND parent_id IS NULL ORDER BY name, id")
    .all<Cluster>();
  return results;
}
