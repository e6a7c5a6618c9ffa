export interface NewDevice {
  id: string;
  tokenHash: string;
  /** The name the person chose; without one the device is named after its unit and `browser`. */
  label: string | null;
  browser: string;
  now: number;
}

export interface EnrolledDevice {
  unitId: string;
  unitName: string;
  label: string;
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
         SELECT ?1, ?2, e.unit_id, coalesce(?3, u.name || ' · ' || ?6), e.role, ?4, e.code_hash
         FROM enrol_code e JOIN org_unit u ON u.id = e.unit_id WHERE e.code_hash = ?5 AND changes() = 1`,
      )
      .bind(device.id, device.tokenHash, device.label, device.now, codeHash, device.browser),
    db
      .prepare(
        'SELECT u.id AS unitId, u.name AS unitName, d.label FROM device d JOIN org_unit u ON u.id = d.unit_id WHERE d.id = ?1',
      )
      .bind(device.id),
  ]);
  if (inserted?.meta.changes !== 1) return null;
  return (unit?.results[0] as EnrolledDevice | undefined) ?? null;
}
