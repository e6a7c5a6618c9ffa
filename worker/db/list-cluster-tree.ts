export interface TreeUnit {
  id: string;
  kind: 'cluster' | 'ward' | 'school';
  name: string;
  parentId: string | null;
  /** Since when it sits under that parent. */
  since: string;
  depth: number;
}

/**
 * The cluster and every unit under it on `day` (ISO date), by the parent links valid that day,
 * parents before children and names in Vietnamese order within a level.
 */
export async function listClusterTree(db: D1Database, clusterId: string, day: string): Promise<TreeUnit[]> {
  const { results } = await db
    .prepare(
      `WITH RECURSIVE tree (id, parent_id, since, depth) AS (
         SELECT ?1, NULL, '', 0
         UNION ALL
         SELECT l.unit_id, l.parent_id, l.valid_from, tree.depth + 1 FROM org_link l JOIN tree ON l.parent_id = tree.id
         WHERE l.valid_from <= ?2 AND (l.valid_to IS NULL OR l.valid_to > ?2)
       )
       SELECT u.id, u.kind, u.name, tree.parent_id AS parentId, tree.since, tree.depth
       FROM tree JOIN org_unit u ON u.id = tree.id`,
    )
    .bind(clusterId, day)
    .all<TreeUnit>();
  return orderTree(results);
}

const collator = new Intl.Collator('vi');

/** Depth-first: each unit followed by its children, siblings in Vietnamese alphabetical order. */
function orderTree(units: TreeUnit[]): TreeUnit[] {
  const children = new Map<string | null, TreeUnit[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const out: TreeUnit[] = [];
  const visit = (parentId: string | null) => {
    for (const unit of (children.get(parentId) ?? []).sort((a, b) => collator.compare(a.name, b.name))) {
      out.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return out;
}
