export interface AccountListing {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'viewer';
  lockedUntil: number | null;
  disabledAt: number | null;
  createdAt: number;
}

/** The dashboard accounts of a cluster, by username. */
export async function listClusterAccounts(db: D1Database, clusterId: string): Promise<AccountListing[]> {
  const { results } = await db
    .prepare(
      `SELECT id, username, display_name AS displayName, role, locked_until AS lockedUntil,
         disabled_at AS disabledAt, created_at AS createdAt
       FROM account WHERE cluster_id = ?1 ORDER BY username`,
    )
    .bind(clusterId)
    .all<AccountListing>();
  return results;
}
