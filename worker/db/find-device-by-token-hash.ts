export interface DeviceRecord {
  id: string;
  unitId: string;
  role: string;
  revokedAt: number | null;
}

export const findDeviceByTokenHash = (db: D1Database, tokenHash: string): Promise<DeviceRecord | null> =>
  db
    .prepare('SELECT id, unit_id AS unitId, role, revoked_at AS revokedAt FROM device WHERE token_hash = ?1')
    .bind(tokenHash)
    .first<DeviceRecord>();
