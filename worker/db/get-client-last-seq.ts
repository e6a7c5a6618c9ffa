/** The highest acknowledged push seq of a client; 0 for a client the server has not seen. */
export async function getClientLastSeq(db: D1Database, clientId: string): Promise<number> {
  const row = await db
    .prepare('SELECT last_seq AS lastSeq FROM client WHERE id = ?1')
    .bind(clientId)
    .first<{ lastSeq: number }>();
  return row?.lastSeq ?? 0;
}
