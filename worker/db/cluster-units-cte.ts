/**
 * `tree(id)`: a cluster (`?1`) and every unit under it on a day (`?2`, ISO date), by the parent
 * links valid that day. Queries that must see only one cluster's units start with it; binding
 * the account's cluster is how an admin or viewer is kept to their own (docs/architecture.md §5).
 */
export const CLUSTER_UNITS_CTE = `WITH RECURSIVE tree (id) AS (
  SELECT ?1
  UNION
  SELECT l.unit_id FROM org_link l JOIN tree ON l.parent_id = tree.id
  WHERE l.valid_from <= ?2 AND (l.valid_to IS NULL OR l.valid_to > ?2)
)`;

/** Today as an ISO date, the day the admin pages read the tree on. */
export const today = (): string => new Date().toISOString().slice(0, 10);
