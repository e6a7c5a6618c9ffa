export interface UnitLink {
  parentId: string | null;
  parentName: string | null;
  validFrom: string;
  validTo: string | null;
}

/** Where a unit has sat over time, newest first (its history survives a move). */
export async function listUnitLinks(db: D1Database, unitId: string): Promise<UnitLink[]> {
  const { results } = await db
    .prepare(
      `SELECT l.parent_id AS parentId, p.name AS parentName, l.valid_from AS validFrom, l.valid_to AS validTo
       FROM org_link l LEFT JOIN org_unit p ON p.id = l.parent_id
       WHERE l.unit_id = ?1 ORDER BY l.valid_from DESC`,
    )
    .bind(unitId)
    .all<UnitLink>();
  return results;
}
