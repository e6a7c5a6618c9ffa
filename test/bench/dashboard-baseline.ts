import { PROCEDURE_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { ALL_P_ITEMS, CONTENT, OFFICE, STALE_ITEMS, WEBSITE } from '../../shared/report/item-bits.ts';
import type { FiguresQuery, UnitFigures } from '../../worker/db/read-period-figures.ts';

const STATUS = `a.fields ->> '$.status'`;
const BIT = `(1 << (CAST(substr(a.item_id, 2) AS INTEGER) - 1))`;
const MET = `${STATUS} IN ('dat', 'khong_ap_dung')`;
const ITEM_SUMS = PROCEDURE_ITEMS.map(
  (_, i) => `sum((l.met_mask >> ${i}) & 1) AS m${i}, sum((l.fail_mask >> ${i}) & 1) AS f${i}`,
).join(',\n    ');

/**
 * The baseline of the dashboard bench: the overview's figures of a unit for the running period,
 * computed the plain way, by aggregating the answers themselves (each answer's JSON status read
 * per row) instead of the summaries pushes keep (worker/db/read-period-figures.ts). It can only
 * give today's state: the answers keep no past.
 */
const SQL = `WITH RECURSIVE tree (id) AS (
  SELECT ?1
  UNION
  SELECT l.unit_id FROM org_link l JOIN tree ON l.parent_id = tree.id
  WHERE l.valid_from <= ?2 AND (l.valid_to IS NULL OR l.valid_to > ?2)
),
units AS (SELECT tree.id FROM tree JOIN org_unit u ON u.id = tree.id WHERE u.kind <> 'cluster'),
answered AS (
  SELECT a.unit_id, a.subject,
    count(*) FILTER (WHERE ${STATUS} IS NOT NULL) AS answered,
    coalesce(sum(${BIT}) FILTER (WHERE ${MET}), 0) AS met_mask,
    coalesce(sum(${BIT}) FILTER (WHERE ${STATUS} = 'chua_dat'), 0) AS fail_mask,
    max(a.fields ->> '$.checkedAt') AS checked_at
  FROM units JOIN answer a ON a.unit_id = units.id
  GROUP BY a.unit_id, a.subject
)
SELECT a.unit_id AS id,
    count(*) AS procedures,
    count(*) FILTER (WHERE l.answered > 0) AS started,
    count(*) FILTER (WHERE l.met_mask & ${ALL_P_ITEMS} = ${ALL_P_ITEMS}) AS complete,
    count(*) FILTER (WHERE l.met_mask & ${OFFICE} <> 0) AS office,
    count(*) FILTER (WHERE l.met_mask & ${WEBSITE} <> 0) AS website,
    count(*) FILTER (WHERE l.met_mask & ${CONTENT} = ${CONTENT}) AS content,
    count(*) FILTER (WHERE l.fail_mask <> 0) AS failing,
    count(*) FILTER (WHERE l.answered > 0 AND (l.fail_mask & ${STALE_ITEMS} <> 0
      OR l.checked_at < ?4 OR (p.changed_at > l.checked_at AND p.changed_at <= ?3))) AS stale,
    ${ITEM_SUMS}
FROM units JOIN assignment a ON a.unit_id = units.id
JOIN procedure p ON p.key = a.procedure_key
LEFT JOIN answered l ON l.unit_id = a.unit_id AND l.subject = a.procedure_key
GROUP BY a.unit_id`;

type Row = Record<string, number | string | null>;

/** The figures the baseline computes, for every unit of the query's cluster that has procedures. */
export async function readBaselineFigures(db: D1Database, q: FiguresQuery): Promise<Row[]> {
  const { results } = await db
    .prepare(SQL)
    .bind(q.clusterId, q.linksDay, q.endMs, q.recheckBefore)
    .all<Row>();
  return results;
}

const COUNTS = [
  'procedures',
  'started',
  'complete',
  'office',
  'website',
  'content',
  'failing',
  'stale',
] as const;

/** Units whose baseline figures differ from the overview's (none when both compute the same). */
export function disagreeing(baseline: readonly Row[], overview: readonly UnitFigures[]): string[] {
  const byId = new Map(overview.map((unit) => [unit.id, unit]));
  return baseline.flatMap((row) => {
    const unit = byId.get(String(row.id));
    const same =
      unit !== undefined &&
      COUNTS.every((key) => Number(row[key]) === unit[key]) &&
      PROCEDURE_ITEMS.every(
        (item, i) =>
          Number(row[`m${i}`]) === unit.items[item.id]?.met &&
          Number(row[`f${i}`]) === unit.items[item.id]?.failing,
      );
    return same ? [] : [String(row.id)];
  });
}
