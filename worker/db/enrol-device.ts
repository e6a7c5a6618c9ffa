export interface NewDevice {
  id: string;
  tokenHash: string;
  label: string | null;
  now: number;
}

export interface EnrolledDevice {
  unitId: string;
  unitName: string;
}

/**
 * Spends one use of a code and creates the device, in one batch: the code is claimed with a
 * guarded UPDATE (not revoked, not expired, fewer devices enrolled than it allows) and the device
 * is inserted only if that UPDATE changed a row, so two racing enrolments never exceed the code's
 * allowance. Returns the unit, or null when the code is unknown or no longer usable: the caller
 * answers both alike, so a guesser learns nothing of which codes exist.
 */
export async function enrolDevice(
  db: D1Database,
  codeHash: string,
  device: NewDevice,
): Promise<EnrolledDevice | null> {
  const [, inserted, unit] = await db.batch([
    db
      .prepare(
        `UPDATE enrol_code SET enrolled = enrolled + 1, used_at = ?1, device_id = ?2
         WHERE code_hash = ?3 AND revoked_at IS NULL AND expires_at > ?1 AND enrolled < max_devices`,
      )
      .bind(device.now, device.id, codeHash),
    db
      .prepare(
        `INSERT INTO device (id, token_hash, unit_id, label, role, created_at, enrol_code_hash)
         SELECT ?1, ?2, unit_id, ?3, role, ?4, code_hash FROM enrol_code WHERE code_hash = ?5 AND changes() = 1`,
      )
      .bind(device.id, device.tokenHash, device.label, device.now, codeHash),
    db
      .prepare(
        'SELECT u.id AS unitId, u.name AS unitName FROM device d JOIN org_unit u ON u.id = d.unit_id WHERE d.id = ?1',
      )
      .bind(device.id),
  ]);
  if (inserted?.meta.changes !== 1) return null;
  return (unit?.results[0] as EnrolledDevice | undefined) ?? null;
}
