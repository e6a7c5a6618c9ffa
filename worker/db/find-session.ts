import type { SignedInAccount } from '../http/app-env.ts';

/** How often a session's `last_seen_at` is written: not on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

export interface FoundSession {
  account: SignedInAccount;
  id: string;
  csrfToken: string;
  lastSeenAt: number;
}

/**
 * The live session of a cookie token's hash: not expired, not revoked, its account not disabled.
 * Writes `last_seen_at` when it is more than five minutes old.
 */
export async function findSession(
  db: D1Database,
  tokenHash: string,
  now: number,
): Promise<FoundSession | null> {
  const row = await db
    .prepare(
      `SELECT s.id, s.csrf_token AS csrfToken, s.last_seen_at AS lastSeenAt,
         a.id AS accountId, a.username, a.display_name AS displayName, a.role, a.cluster_id AS clusterId
       FROM session s JOIN account a ON a.id = s.account_id
       WHERE s.token_hash = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2 AND a.disabled_at IS NULL`,
    )
    .bind(tokenHash, now)
    .first<{
      id: string;
      csrfToken: string;
      lastSeenAt: number;
      accountId: string;
      username: string;
      displayName: string;
      role: SignedInAccount['role'];
      clusterId: string;
    }>();
  if (!row) return null;
  if (now - row.lastSeenAt > TOUCH_EVERY_MS)
    await db.prepare('UPDATE session SET last_seen_at = ?1 WHERE token_hash = ?2').bind(now, tokenHash).run();
  return {
    id: row.id,
    csrfToken: row.csrfToken,
    lastSeenAt: row.lastSeenAt,
    account: {
      id: row.accountId,
      username: row.username,
      displayName: row.displayName,
      role: row.role,
      clusterId: row.clusterId,
    },
  };
}
