/** Failed sign-ins in a row that lock an account. */
export const MAX_FAILED_LOGINS = 5;

/** How long a locked account stays locked. */
export const LOCKOUT_MS = 15 * 60_000;

/**
 * Counts a failed sign-in; the fifth in a row locks the account for {@link LOCKOUT_MS} and starts
 * the count again. A successful sign-in resets it (`createSession`'s batch).
 */
export const recordLoginFailure = (db: D1Database, accountId: string, now: number): D1PreparedStatement =>
  db
    .prepare(
      `UPDATE account SET
         locked_until = CASE WHEN failed_logins + 1 >= ?3 THEN ?2 + ?4 ELSE locked_until END,
         failed_logins = CASE WHEN failed_logins + 1 >= ?3 THEN 0 ELSE failed_logins + 1 END
       WHERE id = ?1`,
    )
    .bind(accountId, now, MAX_FAILED_LOGINS, LOCKOUT_MS);
