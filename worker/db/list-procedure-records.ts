/** A catalogue procedure with every column an import compares. */
export interface ProcedureRecord {
  key: string;
  code: string | null;
  name: string;
  field: string;
  level: string;
  state: 'active' | 'abolished';
  decisionNo: string | null;
}

/** The whole procedure catalogue with state and publishing decision, in key order. */
export async function listProcedureRecords(db: D1Database): Promise<ProcedureRecord[]> {
  const { results } = await db
    .prepare(
      'SELECT key, code, name, field, level, state, decision_no AS decisionNo FROM procedure ORDER BY key',
    )
    .all<ProcedureRecord>();
  return results;
}
