/**
 * The real D1 binding, counting the queries run through it (each statement of a batch counts, as
 * D1's per-invocation limit does), so a test can hold a route to a query budget.
 */
export function countingDb(db: D1Database): { db: D1Database; queries(): number } {
  let queries = 0;
  const counted = (statement: D1PreparedStatement): D1PreparedStatement => {
    const bind = statement.bind.bind(statement);
    statement.bind = (...values: unknown[]) => counted(bind(...values));
    for (const method of ['first', 'all', 'run', 'raw'] as const) {
      const original = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        queries += 1;
        return original(...args);
      };
    }
    return statement;
  };
  const wrapped = {
    prepare: (sql: string) => counted(db.prepare(sql)),
    batch: (statements: D1PreparedStatement[]) => {
      queries += statements.length;
      return db.batch(statements);
    },
    exec: (sql: string) => db.exec(sql),
    dump: () => db.dump(),
    withSession: (...args: Parameters<D1Database['withSession']>) => db.withSession(...args),
  } as unknown as D1Database;
  return { db: wrapped, queries: () => queries };
}
