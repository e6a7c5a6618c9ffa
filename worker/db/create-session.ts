export interface NewSession {
  tokenHash: string;
  accountId: string;
  csrfToken: string;
  userAgent: string | null;
  now: number;
  expiresAt: number;
}

export const createSession = (db: D1Database, s: NewSession): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO session (token_hash, id, account_id, csrf_token, user_agent, created_at, last_seen_at, expires_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)`,
    )
    .bind(
      s.tokenHash,
      crypto.randomUUID(),
      s.accountId,
      s.csrfToken,
      s.userAgent?.slice(0, 300) ?? null,
      s.now,
      s.expiresAt,
    );
