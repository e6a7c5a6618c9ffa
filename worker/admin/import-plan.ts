import type { PageMessageId } from '../i18n/page-messages.ts';

/**
 * What an import will do with one row of the file:
 * - `add`: the procedure is not in the catalogue; it is added and assigned to the unit;
 * - `change`: it is in the catalogue but the file differs (`changes` lists the fields); it is
 *   updated, and assigned to the unit unless already assigned or abolished;
 * - `assign`: it is in the catalogue as the file has it; it is only assigned to the unit;
 * - `skip`: nothing happens, `why` says why.
 */
export type ImportKind = 'add' | 'change' | 'assign' | 'skip';

export const IMPORT_KINDS: readonly ImportKind[] = ['add', 'change', 'assign', 'skip'];

/** The procedure columns an import sets (`decisionNo` is the column `decision_no`). */
export type ProcedureField = 'code' | 'name' | 'field' | 'level' | 'state' | 'decisionNo';

export type ImportReason = Extract<PageMessageId, `importWhy${string}`>;

/** One row of the file in the plan: what it says, what will happen and why. */
export interface PlannedRow {
  /** Its row number in the file (the spreadsheet's row; the CSV's record, header = 1). */
  row: number;
  code: string;
  name: string;
  field: string;
  kind: ImportKind;
  why: ImportReason;
  /** Fills `why`: the row a duplicate repeats, a malformed code. */
  about?: { row?: number; code?: string };
  /** `change`: the fields that change. */
  changes?: ProcedureField[];
  /** `add`, `change`, `assign`: the procedure it lands on. */
  key?: string;
  /** `add`: every column of the new procedure; `change`: the changed columns only. */
  set?: Partial<Record<ProcedureField, string>>;
  /** Whether an assignment to the unit is written. */
  assign?: boolean;
}

/** The stored plan of a draft (`import_draft.plan`): applying it reads this, never the file. */
export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<ImportKind, number>;
}
