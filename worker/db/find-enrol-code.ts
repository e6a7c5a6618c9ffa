export interface EnrolCodeRecord {
  unitId: string;
  unitName: string;
  role: string;
  expiresAt: number;
  usedAt: number | null;
}

export const findEnrolCode = (db: D1Database, codeHash: string): Promise<EnrolCodeRecord | null> =>
  db
    .prepare(
      `SELECT e.unit_id AS unitId, u.name AS unitName, e.role, e.expires_at AS expiresAt, e.used_at AS usedAt
       FROM enrol_code e JOIN org_unit u ON u.id = e.unit_id
       WHERE e.code_hash = ?1`,
    )
    .bind(codeHash)
    .first<EnrolCodeRecord>();
