import type { ImportPlan } from '../admin/import-plan.ts';

export interface NewImportDraft {
  id: string;
  accountId: string;
  unitId: string;
  fileName: string;
  plan: ImportPlan;
  createdAt: number;
}

/**
 * The most a draft's plan may take, in UTF-8 bytes: D1 stores no value or row over 2,000,000
 * bytes (developers.cloudflare.com/d1/platform/limits), and the rest of the row (ids, a file name
 * of at most 200 characters, times) is far below the margin. A file within the upload limit can
 * plan more than this: it holds each name and field twice, and an XLSX unpacks to up to 20 MB.
 */
export const MAX_DRAFT_PLAN_BYTES = 1_900_000;

/**
 * Keeps an import's plan between its preview and its confirmation. False, writing nothing, when
 * the plan is more than D1 can store in a row: the local D1 would keep it, the deployed one would
 * throw, so both refuse it here.
 */
export async function insertImportDraft(db: D1Database, draft: NewImportDraft): Promise<boolean> {
  const plan = JSON.stringify(draft.plan);
  if (new TextEncoder().encode(plan).byteLength > MAX_DRAFT_PLAN_BYTES) return false;
  await db
    .prepare(
      `INSERT INTO import_draft (id, account_id, unit_id, file_name, plan, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
    )
    .bind(draft.id, draft.accountId, draft.unitId, draft.fileName, plan, draft.createdAt)
    .run();
  return true;
}
