import { PROCEDURE_ITEMS } from '../checklist/checklist-items.ts';
import type { ItemStatus } from '../checklist/item-status.ts';

/**
 * A procedure counts as fully published when every applicable P-item is `dat`
 * (docs/product.md §5). `khong_ap_dung` items are left out; an item without an answer is not met.
 */
export function isProcedureComplete(statuses: Readonly<Record<string, ItemStatus | undefined>>): boolean {
  return PROCEDURE_ITEMS.every((item) => {
    const status = statuses[item.id];
    return status === 'dat' || status === 'khong_ap_dung';
  });
}
