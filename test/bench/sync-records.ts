import { PROCEDURE_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { ITEM_STATUSES } from '../../shared/checklist/item-status.ts';
import { procedureKey } from './seed-sql.ts';

/** One answer a person gives: what `saveAnswer` takes, and what the PouchDB baseline stores. */
export interface BenchRecord {
  subject: string;
  itemId: string;
  fields: { status: (typeof ITEM_STATUSES)[number]; note: string };
}

/**
 * `count` answers to distinct keys: record i answers procedure item P{i % 23 + 1} of the bench
 * procedure i / 23 + 1, so 10,000 records need 435 assigned procedures.
 */
export function benchRecords(count: number): BenchRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    subject: procedureKey(Math.floor(i / PROCEDURE_ITEMS.length) + 1),
    itemId: PROCEDURE_ITEMS[i % PROCEDURE_ITEMS.length]!.id,
    fields: {
      status: ITEM_STATUSES[i % 3]!,
      note: `Kiểm tra lần ${i}: đã đối chiếu với Cổng Dịch vụ công`,
    },
  }));
}

/** The p-th percentile (0–100) of some values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
