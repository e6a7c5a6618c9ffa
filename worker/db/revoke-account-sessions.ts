/** Revokes every session of an account (it was disabled, or its password reset). */
export const revokeAccountSessions = (db: D1Database, accountId: string, now: number): D1PreparedStatement =>
  db
    .prepare('UPDATE session SET revoked_at = ?1 WHERE account_id = ?2 AND revoked_at IS NULL')
    .bind(now, accountId);
