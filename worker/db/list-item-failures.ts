import { itemBit } from '../../shared/report/item-bits.ts';
import { vietnameseOrder } from '../report/vietnamese-order.ts';

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
 */
export async function listItemFailures(
  db: D1Database,
  q: { clusterId: string; linksDay: string; end: string },
  itemId: string,
): Promise<ItemFailure[]> {
  const { results } = await db
    .prepare(
      `WITH RECURSIVE tree (id) AS (
         SELECT ?1
         UNION
         SELECT l.unit_id FROM org_link l JOIN tree ON l.parent_id = tree.id
         WHERE l.valid_from <= ?2 AND (l.valid_to IS NULL OR l.valid_to > ?2)
       ),
       latest AS (
         SELECT unit_id, subject, fail_mask, checked_at FROM (
           SELECT h.unit_id, h.subject, h.fail_mask, h.checked_at,
             row_number() OVER (PARTITION BY h.unit_id, h.subject ORDER BY h.day DESC) AS rn
           FROM tree JOIN procedure_history h ON h.unit_id = tree.id WHERE h.day <= ?3)
         WHERE rn = 1 AND fail_mask & ?4 <> 0
       )
       SELECT l.unit_id AS unitId, u.name AS unitName, p.key, p.code, p.name, l.checked_at AS checkedAt
       FROM latest l JOIN assignment a ON a.unit_id = l.unit_id AND a.procedure_key = l.subject
       JOIN procedure p ON p.key = l.subject JOIN org_unit u ON u.id = l.unit_id
       LIMIT ?5`,
    )
    .bind(q.clusterId, q.linksDay, q.end, itemBit(itemId), ITEM_FAILURES_LIMIT)
    .all<ItemFailure>();
  return results.sort((a, b) => vietnameseOrder(a.unitName, b.unitName) || vietnameseOrder(a.name, b.name));
}
