export interface UnitName {
  id: string;
  name: string;
}

export const findUnit = (db: D1Database, unitId: string): Promise<UnitName | null> =>
  db.prepare('SELECT id, name FROM org_unit WHERE id = ?1').bind(unitId).first<UnitName>();
