/** Revokes one session of an account (by its public id); false when it is not that account's. */
export async function revokeSession(
  db: D1Database,
  accountId: string,
  id: string,
  now: number,
): Promise<boolean> {
  const result = await db
    .prepare('UPDATE session SET revoked_at = ?1 WHERE id = ?2 AND account_id = ?3 AND revoked_at IS NULL')
    .bind(now, id, accountId)
    .run();
  return result.meta.changes === 1;
}
