export interface NewDevice {
  id: string;
  tokenHash: string;
  label: string | null;
  now: number;
}

/**
 * Spends the code and creates the device in one batch. The code is claimed with a guarded UPDATE
 * and the device copied from the claimed row, so two racing enrolments cannot both get a device.
 * Returns false when the code was no longer usable at write time.
 */
export async function enrolDevice(db: D1Database, codeHash: string, device: NewDevice): Promise<boolean> {
  const [, inserted] = await db.batch([
    db
      .prepare(
        `UPDATE enrol_code SET used_at = ?1, device_id = ?2
         WHERE code_hash = ?3 AND used_at IS NULL AND expires_at > ?1`,
      )
      .bind(device.now, device.id, codeHash),
    db
      .prepare(
        `INSERT INTO device (id, token_hash, unit_id, label, role, created_at)
         SELECT ?1, ?2, unit_id, ?3, role, ?4 FROM enrol_code WHERE code_hash = ?5 AND device_id = ?1`,
      )
      .bind(device.id, device.tokenHash, device.label, device.now, codeHash),
  ]);
  return inserted?.meta.changes === 1;
}
