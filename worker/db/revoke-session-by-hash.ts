/** Revokes the session of a cookie token's hash (sign-out). */
export const revokeSessionByHash = (db: D1Database, tokenHash: string, now: number): D1PreparedStatement =>
  db
    .prepare('UPDATE session SET revoked_at = ?1 WHERE token_hash = ?2 AND revoked_at IS NULL')
    .bind(now, tokenHash);
