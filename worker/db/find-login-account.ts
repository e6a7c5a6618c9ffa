import type { PasswordHash } from '../crypto/hash-password.ts';

export interface LoginAccount {
  id: string;
  password: PasswordHash;
  lockedUntil: number | null;
  disabled: boolean;
}

/** What signing in needs to know of an account; usernames compare without case. */
export async function findLoginAccount(db: D1Database, username: string): Promise<LoginAccount | null> {
  const row = await db
    .prepare(
      `SELECT id, password_hash AS hash, password_salt AS salt, password_iterations AS iterations,
         locked_until AS lockedUntil, disabled_at AS disabledAt
       FROM account WHERE username = ?1`,
    )
    .bind(username)
    .first<{
      id: string;
      hash: string;
      salt: string;
      iterations: number;
      lockedUntil: number | null;
      disabledAt: number | null;
    }>();
  if (!row) return null;
  return {
    id: row.id,
    password: { hash: row.hash, salt: row.salt, iterations: row.iterations },
    lockedUntil: row.lockedUntil,
    disabled: row.disabledAt !== null,
  };
}
