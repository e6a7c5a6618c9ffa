import { itemBit } from '../../shared/report/item-bits.ts';
import { vietnameseOrder } from '../report/vietnamese-order.ts';
import { CLUSTER_UNITS_CTE } from './cluster-units-cte.ts';

/** Most failing procedures the item page lists; a cluster-wide problem is clear long before. */
export const ITEM_FAILURES_LIMIT = 500;

export interface ItemFailure {
  unitId: string;
  unitName: string;
  key: string;
  code: string | null;
  name: string;
  checkedAt: number | null;
}

/**
 * The assigned procedures of a cluster's units (tree of `linksDay`) that fail one P-item at the
 * end of a period, by unit then procedure name (Vietnamese order), at most {@link ITEM_FAILURES_LIMIT}.
 * Each procedure's last history row of the period is found by primary-key look-ups, as the
 * figures are (worker/db/read-period-figures.ts), never by a window over every history row.
 */
export async function listItemFailures(
  db: D1Database,
  q: { clusterId: string; linksDay: string; end: string },
  itemId: string,
): Promise<ItemFailure[]> {
  const { results } = await db
    .prepare(
      `${CLUSTER_UNITS_CTE}
       SELECT a.unit_id AS unitId, u.name AS unitName, p.key, p.code, p.name, h.checked_at AS checkedAt
       FROM tree JOIN org_unit u ON u.id = tree.id
       JOIN assignment a ON a.unit_id = u.id JOIN procedure p ON p.key = a.procedure_key
       JOIN procedure_history h ON h.unit_id = a.unit_id AND h.subject = a.procedure_key
         AND h.day = (SELECT max(day) FROM procedure_history
           WHERE unit_id = a.unit_id AND subject = a.procedure_key AND day <= ?3)
       WHERE h.fail_mask & ?4 <> 0
       LIMIT ?5`,
    )
    .bind(q.clusterId, q.linksDay, q.end, itemBit(itemId), ITEM_FAILURES_LIMIT)
    .all<ItemFailure>();
  return results.sort((a, b) => vietnameseOrder(a.unitName, b.unitName) || vietnameseOrder(a.name, b.name));
}
