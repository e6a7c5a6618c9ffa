export interface SessionListing {
  id: string;
  userAgent: string | null;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

/** An account's live sessions, newest first. */
export async function listAccountSessions(
  db: D1Database,
  accountId: string,
  now: number,
): Promise<SessionListing[]> {
  const { results } = await db
    .prepare(
      `SELECT id, user_agent AS userAgent, created_at AS createdAt, last_seen_at AS lastSeenAt, expires_at AS expiresAt
       FROM session WHERE account_id = ?1 AND revoked_at IS NULL AND expires_at > ?2 ORDER BY created_at DESC`,
    )
    .bind(accountId, now)
    .all<SessionListing>();
  return results;
}
