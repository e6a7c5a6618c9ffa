import type { ImportKind } from '../admin/import-plan.ts';

export interface ImportDraft {
  id: string;
  unitId: string;
  fileName: string;
  counts: Record<ImportKind, number>;
  createdAt: number;
  appliedAt: number | null;
}

/** A draft of this account (another account's is answered as none); its counts, not its rows. */
export const findImportDraft = (db: D1Database, accountId: string, id: string) =>
  db
    .prepare(
      `SELECT id, unit_id AS unitId, file_name AS fileName, json_extract(plan, '$.counts') AS counts,
         created_at AS createdAt, applied_at AS appliedAt
       FROM import_draft WHERE id = ?1 AND account_id = ?2`,
    )
    .bind(id, accountId)
    .first<Omit<ImportDraft, 'counts'> & { counts: string }>()
    .then((row) => (row ? { ...row, counts: JSON.parse(row.counts) as ImportDraft['counts'] } : null));
