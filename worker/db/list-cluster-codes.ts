import { CLUSTER_UNITS_CTE } from './cluster-units-cte.ts';

export interface CodeListing {
  /** The first characters of the code's hash: names it in forms, reveals nothing of the code. */
  handle: string;
  unitId: string;
  unitName: string;
  createdAt: number;
  expiresAt: number;
  enrolled: number;
  maxDevices: number;
  revokedAt: number | null;
}

/** The enrolment codes of a cluster's units, newest first (only hashes are stored: no code is shown). */
export async function listClusterCodes(
  db: D1Database,
  clusterId: string,
  day: string,
): Promise<CodeListing[]> {
  const { results } = await db
    .prepare(
      `${CLUSTER_UNITS_CTE}
       SELECT substr(e.code_hash, 1, 16) AS handle, e.unit_id AS unitId, u.name AS unitName, e.created_at AS createdAt,
         e.expires_at AS expiresAt, e.enrolled, e.max_devices AS maxDevices, e.revoked_at AS revokedAt
       FROM enrol_code e JOIN tree ON tree.id = e.unit_id JOIN org_unit u ON u.id = e.unit_id
       ORDER BY e.created_at DESC LIMIT 500`,
    )
    .bind(clusterId, day)
    .all<CodeListing>();
  return results;
}
