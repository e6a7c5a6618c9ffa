export interface UnitOverview {
  id: string;
  kind: 'ward' | 'school';
  name: string;
  procedures: number;
  complete: number;
  lastSyncAt: number | null;
}

/**
 * Every unit under a cluster (any depth) by the parent links valid on `day` (ISO date, `org_link`),
 * with its summary figures. Units never synced have no summary row yet: their assignment count is
 * read live.
 */
export async function listClusterUnits(
  db: D1Database,
  clusterId: string,
  day: string,
): Promise<UnitOverview[]> {
  const { results } = await db
    .prepare(
      `WITH RECURSIVE tree (id) AS (
         SELECT ?1
         UNION
         SELECT l.unit_id FROM org_link l JOIN tree ON l.parent_id = tree.id
         WHERE l.valid_from <= ?2 AND (l.valid_to IS NULL OR l.valid_to > ?2)
       )
       SELECT u.id, u.kind, u.name,
         coalesce(s.procedures, (SELECT count(*) FROM assignment a WHERE a.unit_id = u.id)) AS procedures,
         coalesce(s.complete, 0) AS complete,
         s.last_sync_at AS lastSyncAt
       FROM tree JOIN org_unit u ON u.id = tree.id
       LEFT JOIN unit_summary s ON s.unit_id = u.id
       WHERE u.kind <> 'cluster'
       ORDER BY CASE u.kind WHEN 'ward' THEN 0 ELSE 1 END, u.name`,
    )
    .bind(clusterId, day)
    .all<UnitOverview>();
  return results;
}
