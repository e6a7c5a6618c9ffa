import type { CatalogueProcedure } from '../../shared/sync/protocol.ts';

/** Procedures assigned to a unit, in key order (stable for the client's diffing). */
export async function listCatalogue(db: D1Database, unitId: string): Promise<CatalogueProcedure[]> {
  const { results } = await db
    .prepare(
      `SELECT p.key, p.code, p.name, p.field, p.level
       FROM assignment a JOIN procedure p ON p.key = a.procedure_key
       WHERE a.unit_id = ?1
       ORDER BY p.key`,
    )
    .bind(unitId)
    .all<CatalogueProcedure>();
  return results;
}
