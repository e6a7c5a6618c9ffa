import type { CatalogueProcedure } from '../../shared/sync/protocol.ts';

/** The whole procedure catalogue, in key order. */
export async function listProcedures(db: D1Database): Promise<CatalogueProcedure[]> {
  const { results } = await db
    .prepare('SELECT key, code, name, field, level FROM procedure ORDER BY key')
    .all<CatalogueProcedure>();
  return results;
}
