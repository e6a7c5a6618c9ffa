import { PROCEDURE_ITEMS, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { ALL_P_ITEMS, CONTENT, OFFICE, STALE_ITEMS, WEBSITE } from '../../shared/report/item-bits.ts';
import { UNIT_SUBJECT } from '../../shared/sync/protocol.ts';

export interface ItemCount {
  met: number;
  failing: number;
}

/** One unit's figures at the end of a period (docs/decisions/0010-dashboard-periods.md). */
export interface UnitFigures {
  id: string;
  name: string;
  kind: 'ward' | 'school';
  /** The ward a school sits in (a ward is its own), by the parent links of the period's end. */
  wardId: string | null;
  wardName: string | null;
  /** Procedures assigned (in the chosen field, when one is). */
  procedures: number;
  /** … with at least one item answered. */
  started: number;
  /** … with every P-item met (fully posted). */
  complete: number;
  /** … posted at the office (P06 met). */
  office: number;
  /** … on the unit's website (P05 met). */
  website: number;
  /** … with complete content (P08–P21 met). */
  content: number;
  /** … with at least one item failing. */
  failing: number;
  /** … gone stale: P07/P22/P23 failing, the portal changed it after the last check, or a re-check is overdue. */
  stale: number;
  unitItemsMet: number;
  unitItemsFailing: number;
  lastCheckAt: number | null;
  lastSyncAt: number | null;
  review: { state: 'da_duyet' | 'can_bo_sung'; reviewedAt: number } | null;
  /** Per checklist item (P01–P23 over the unit's procedures; U01–U15 as 0 or 1). */
  items: Record<string, ItemCount>;
}

export interface FiguresQuery {
  clusterId: string;
  /** The period's last day, `YYYY-MM-DD`: figures are read from the history on or before it. */
  end: string;
  /** The period has not ended: every summary as it stands today is its state at the end. */
  running: boolean;
  /** The day whose parent links place units under wards (the end, or today if the end is ahead). */
  linksDay: string;
  /** The last instant of `end`. */
  endMs: number;
  /** A procedure last checked before this instant is overdue for a re-check. */
  recheckBefore: number;
  periodKey: string;
  field: string | null;
  ward: string | null;
  /** Only this unit (a unit's own page); null: every unit of the cluster. */
  unit: string | null;
  /**
   * Count the stale procedures: they depend on the period's end (re-checks fall due, the portal
   * changes a procedure), so they are the one figure read procedure by procedure. The trend does
   * without (false: `stale` is 0).
   */
  stale: boolean;
}

const TREE = `WITH RECURSIVE tree (id, ward) AS (
  SELECT ?1, NULL
  UNION
  SELECT l.unit_id, CASE WHEN u.kind = 'ward' THEN u.id ELSE tree.ward END
  FROM org_link l JOIN tree ON l.parent_id = tree.id JOIN org_unit u ON u.id = l.unit_id
  WHERE l.valid_from <= ?2 AND (l.valid_to IS NULL OR l.valid_to > ?2)
),
units AS (
  SELECT tree.id, tree.ward FROM tree JOIN org_unit u ON u.id = tree.id
  WHERE u.kind <> 'cluster' AND (?7 IS NULL OR tree.ward = ?7) AND (?9 IS NULL OR tree.id = ?9)
)`;

/**
 * A subject's state at the period's end, as `l`: its summary while the period runs, else its last
 * history row on or before the end (two look-ups in the history's primary key).
 */
const stateAtEnd = (running: boolean, unit: string, subject: string, alias = 'l') =>
  running
    ? `LEFT JOIN procedure_summary ${alias} ON ${alias}.unit_id = ${unit} AND ${alias}.subject = ${subject}`
    : `LEFT JOIN procedure_history ${alias} ON ${alias}.unit_id = ${unit} AND ${alias}.subject = ${subject}
    AND ${alias}.day = (SELECT max(day) FROM procedure_history
      WHERE unit_id = ${unit} AND subject = ${subject} AND day <= ?3)`;

const staleCte = (q: FiguresQuery) =>
  q.stale
    ? `stale AS (
  SELECT a.unit_id, count(*) AS stale
  FROM units JOIN assignment a ON a.unit_id = units.id
  JOIN procedure p ON p.key = a.procedure_key AND (?6 IS NULL OR p.field = ?6)
  ${stateAtEnd(q.running, 'a.unit_id', 'a.procedure_key')}
  WHERE l.answered > 0 AND (l.fail_mask & ${STALE_ITEMS} <> 0
    OR l.checked_at < ?5 OR (p.changed_at > l.checked_at AND p.changed_at <= ?4))
  GROUP BY a.unit_id
)`
    : 'stale AS (SELECT NULL AS unit_id, 0 AS stale WHERE 0)';

const TAIL = `LEFT JOIN stale st ON st.unit_id = units.id
LEFT JOIN unit_summary s ON s.unit_id = units.id
LEFT JOIN review r ON r.unit_id = units.id AND r.period = ?8`;

/**
 * Without a field filter: each unit's totals of the period from `unit_history` (one row per unit,
 * the last on or before the end), written by the pushes; only the stale count reads procedures.
 */
const byUnitSql = (q: FiguresQuery) => `${TREE},
${staleCte(q)}
SELECT u.id, u.name, u.kind, units.ward AS wardId, w.name AS wardName,
  ${
    // While the period runs, the procedures assigned now (an import adds some before any push).
    q.running ? '' : 'coalesce(h.procedures, '
  }(SELECT count(*) FROM assignment WHERE unit_id = units.id)${q.running ? '' : ')'} AS procedures,
  h.started, h.complete, h.office, h.website, h.content, h.failing, h.last_check AS lastCheckAt, h.items,
  h.unit_met AS unitMet, h.unit_fail AS unitFail, h.unit_check AS unitCheckAt,
  st.stale, s.last_sync_at AS lastSyncAt, r.state AS reviewState, r.reviewed_at AS reviewedAt
FROM units JOIN org_unit u ON u.id = units.id
LEFT JOIN org_unit w ON w.id = units.ward
LEFT JOIN unit_history h ON h.unit_id = units.id
  AND h.day = (SELECT max(day) FROM unit_history WHERE unit_id = units.id AND day <= ?3)
${TAIL}`;

const P_SUMS = PROCEDURE_ITEMS.map(
  (_, i) => `sum((l.met_mask >> ${i}) & 1) AS m${i}, sum((l.fail_mask >> ${i}) & 1) AS f${i}`,
).join(',\n');

/** With a field filter: the totals summed over the unit's procedures of that field. */
const byProcedureSql = (q: FiguresQuery) => `${TREE},
${staleCte(q)},
per_unit AS (
  SELECT a.unit_id,
    count(*) AS procedures,
    count(*) FILTER (WHERE l.answered > 0) AS started,
    count(*) FILTER (WHERE l.met_mask & ${ALL_P_ITEMS} = ${ALL_P_ITEMS}) AS complete,
    count(*) FILTER (WHERE l.met_mask & ${OFFICE} <> 0) AS office,
    count(*) FILTER (WHERE l.met_mask & ${WEBSITE} <> 0) AS website,
    count(*) FILTER (WHERE l.met_mask & ${CONTENT} = ${CONTENT}) AS content,
    count(*) FILTER (WHERE l.fail_mask <> 0) AS failing,
    max(l.checked_at) AS lastCheckAt,
    ${P_SUMS}
  FROM units JOIN assignment a ON a.unit_id = units.id
  JOIN procedure p ON p.key = a.procedure_key AND p.field = ?6
  ${stateAtEnd(q.running, 'a.unit_id', 'a.procedure_key')}
  GROUP BY a.unit_id
)
SELECT u.id, u.name, u.kind, units.ward AS wardId, w.name AS wardName, per_unit.*,
  ul.met_mask AS unitMet, ul.fail_mask AS unitFail, ul.checked_at AS unitCheckAt,
  st.stale, s.last_sync_at AS lastSyncAt, r.state AS reviewState, r.reviewed_at AS reviewedAt
FROM units JOIN org_unit u ON u.id = units.id
LEFT JOIN org_unit w ON w.id = units.ward
LEFT JOIN per_unit ON per_unit.unit_id = units.id
${stateAtEnd(q.running, 'units.id', `'${UNIT_SUBJECT}'`, 'ul')}
${TAIL}`;

type Row = Record<string, number | string | null>;

const bits = (mask: number) => {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count += 1;
  return count;
};

/**
 * Every unit of a cluster with its figures at the end of a period, read from the aggregates the
 * pushes keep (worker/db/refresh-unit-summary.ts), never from the answers themselves: the unit's
 * totals of the period's last day with history, or, for one field (lĩnh vực), its procedures'
 * states at the end (decision 0010).
 */
export async function readPeriodFigures(db: D1Database, q: FiguresQuery): Promise<UnitFigures[]> {
  const { results } = await figuresStatement(db, q).all<Row>();
  return toFigures(results);
}

/** Several periods' figures in one round trip (the overview's trend). */
export async function readPeriodsFigures(db: D1Database, queries: FiguresQuery[]): Promise<UnitFigures[][]> {
  const answers = await db.batch<Row>(queries.map((q) => figuresStatement(db, q)));
  return answers.map((answer) => toFigures(answer.results));
}

const figuresStatement = (db: D1Database, q: FiguresQuery) =>
  db
    .prepare(q.field === null ? byUnitSql(q) : byProcedureSql(q))
    .bind(q.clusterId, q.linksDay, q.end, q.endMs, q.recheckBefore, q.field, q.ward, q.periodKey, q.unit);

function toFigures(results: Row[]): UnitFigures[] {
  return results.map((row) => {
    const num = (key: string) => Number(row[key] ?? 0);
    const unitMet = num('unitMet');
    const unitFail = num('unitFail');
    const items: Record<string, ItemCount> = {};
    // By unit: one JSON array (met counts, then failing counts); by procedure: a column each.
    const counts = typeof row.items === 'string' ? (JSON.parse(row.items) as number[]) : null;
    const n = PROCEDURE_ITEMS.length;
    PROCEDURE_ITEMS.forEach((item, i) => {
      items[item.id] = counts
        ? { met: counts[i] ?? 0, failing: counts[n + i] ?? 0 }
        : { met: num(`m${i}`), failing: num(`f${i}`) };
    });
    UNIT_ITEMS.forEach((item, i) => {
      items[item.id] = { met: (unitMet >> i) & 1, failing: (unitFail >> i) & 1 };
    });
    const checks = [row.lastCheckAt, row.unitCheckAt].filter((at) => at !== null).map(Number);
    return {
      id: String(row.id),
      name: String(row.name),
      kind: row.kind as UnitFigures['kind'],
      wardId: (row.wardId as string | null) ?? null,
      wardName: (row.wardName as string | null) ?? null,
      procedures: num('procedures'),
      started: num('started'),
      complete: num('complete'),
      office: num('office'),
      website: num('website'),
      content: num('content'),
      failing: num('failing'),
      stale: num('stale'),
      unitItemsMet: bits(unitMet),
      unitItemsFailing: bits(unitFail),
      lastCheckAt: checks.length ? Math.max(...checks) : null,
      lastSyncAt: row.lastSyncAt === null ? null : Number(row.lastSyncAt),
      review: row.reviewState
        ? { state: row.reviewState as 'da_duyet' | 'can_bo_sung', reviewedAt: Number(row.reviewedAt) }
        : null,
      items,
    };
  });
}
