import { CLUSTER_UNITS_CTE } from './cluster-units-cte.ts';

export interface DeviceListing {
  id: string;
  label: string | null;
  unitId: string;
  unitName: string;
  createdAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
}

/** The devices of a cluster's units, newest first. */
export async function listClusterDevices(
  db: D1Database,
  clusterId: string,
  day: string,
): Promise<DeviceListing[]> {
  const { results } = await db
    .prepare(
      `${CLUSTER_UNITS_CTE}
       SELECT d.id, d.label, d.unit_id AS unitId, u.name AS unitName, d.created_at AS createdAt,
         d.last_seen_at AS lastSeenAt, d.revoked_at AS revokedAt
       FROM device d JOIN tree ON tree.id = d.unit_id JOIN org_unit u ON u.id = d.unit_id
       ORDER BY d.created_at DESC`,
    )
    .bind(clusterId, day)
    .all<DeviceListing>();
  return results;
}
