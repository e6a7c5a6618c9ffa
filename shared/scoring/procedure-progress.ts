import { PROCEDURE_ITEMS } from '../checklist/checklist-items.ts';
import type { ItemStatus } from '../checklist/item-status.ts';
import { isProcedureComplete } from './is-procedure-complete.ts';

/** Where a unit stands with one procedure's P-items (docs/product.md §5). */
export interface ProcedureProgress {
  /** Items with an answer that decides something (met, not met, not applicable). */
  answered: number;
  /** Items that apply: all but those answered "not applicable". */
  applicable: number;
  met: number;
  failing: number;
  /** Any answer at all, "not checked" included. */
  started: boolean;
  complete: boolean;
}

/**
 * The progress of a procedure from its answers' statuses, by item id. "Chưa kiểm tra" (not
 * checked) starts a procedure but answers nothing.
 *
 * @example procedureProgress({ P01: 'dat', P02: 'chua_dat' }) // answered 2, failing 1
 */
export function procedureProgress(
  statuses: Readonly<Record<string, ItemStatus | null | undefined>>,
): ProcedureProgress {
  let answered = 0;
  let notApplicable = 0;
  let met = 0;
  let failing = 0;
  let started = false;
  for (const { id } of PROCEDURE_ITEMS) {
    const status = statuses[id];
    if (status) started = true;
    if (status === 'dat') met += 1;
    if (status === 'chua_dat') failing += 1;
    if (status === 'khong_ap_dung') notApplicable += 1;
    if (status && status !== 'chua_kiem_tra') answered += 1;
  }
  return {
    answered,
    applicable: PROCEDURE_ITEMS.length - notApplicable,
    met,
    failing,
    started,
    complete: isProcedureComplete(statuses as Record<string, ItemStatus | undefined>),
  };
}
