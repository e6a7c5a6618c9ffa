export interface AuditEntry {
  accountId: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
  at: number;
}

/**
 * An audit entry, as a statement for the batch of the change it records (both or neither). With
 * `ifChanged`, it is written only when the statement just before it in the batch changed a row,
 * so an action that found nothing to change leaves no entry.
 */
export const writeAudit = (
  db: D1Database,
  entry: AuditEntry,
  { ifChanged = false } = {},
): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO audit_log (at, account_id, action, target_type, target_id, before, after)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE ?8 = 0 OR changes() > 0`,
    )
    .bind(
      entry.at,
      entry.accountId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      ifChanged ? 1 : 0,
    );
