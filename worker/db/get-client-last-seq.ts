/**
 * The highest acknowledged push seq of one of the device's own clients; 0 for a client the server
 * has not seen, or one that belongs to another device (whose progress is not this device's to read).
 */
export async function getClientLastSeq(db: D1Database, clientId: string, deviceId: string): Promise<number> {
  const row = await db
    .prepare('SELECT last_seq AS lastSeq FROM client WHERE id = ?1 AND device_id = ?2')
    .bind(clientId, deviceId)
    .first<{ lastSeq: number }>();
  return row?.lastSeq ?? 0;
}
