export interface AuditListing {
  id: number;
  at: number;
  who: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: string | null;
  after: string | null;
}

/** The latest audit entries written by the accounts of a cluster, newest first. */
export async function listAudit(db: D1Database, clusterId: string, limit = 200): Promise<AuditListing[]> {
  const { results } = await db
    .prepare(
      `SELECT l.id, l.at, a.display_name AS who, l.action, l.target_type AS targetType, l.target_id AS targetId,
         l.before, l.after
       FROM audit_log l JOIN account a ON a.id = l.account_id
       WHERE a.cluster_id = ?1 ORDER BY l.id DESC LIMIT ?2`,
    )
    .bind(clusterId, limit)
    .all<AuditListing>();
  return results;
}
