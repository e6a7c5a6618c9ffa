import type { ImportPlan } from '../admin/import-plan.ts';

export interface NewImportDraft {
  id: string;
  accountId: string;
  unitId: string;
  fileName: string;
  plan: ImportPlan;
  createdAt: number;
}

/** Keeps an import's plan between its preview and its confirmation. */
export const insertImportDraft = (db: D1Database, draft: NewImportDraft) =>
  db
    .prepare(
      `INSERT INTO import_draft (id, account_id, unit_id, file_name, plan, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
    )
    .bind(
      draft.id,
      draft.accountId,
      draft.unitId,
      draft.fileName,
      JSON.stringify(draft.plan),
      draft.createdAt,
    )
    .run();
