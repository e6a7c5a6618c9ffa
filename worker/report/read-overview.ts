import { type Period, previousPeriod } from '../../shared/report/period.ts';
import { vietnamDay } from '../../shared/text/vietnam-day.ts';
import type { Cluster } from '../db/find-cluster.ts';
import { type ClusterSetting, findClusterSetting } from '../db/find-cluster-setting.ts';
import { listClusterFields } from '../db/list-cluster-fields.ts';
import { listClusterUnits } from '../db/list-cluster-units.ts';
import { type FiguresQuery, readPeriodsFigures, type UnitFigures } from '../db/read-period-figures.ts';
import { figuresQuery } from './figures-query.ts';
import { type ReportParams, reportParams } from './report-params.ts';
import { selectUnits } from './select-units.ts';
import { vietnameseOrder } from './vietnamese-order.ts';

/** How many periods the trend shows, the chosen one last. */
export const TREND_PERIODS = 6;

export interface Overview {
  cluster: Cluster;
  setting: ClusterSetting;
  params: ReportParams;
  query: FiguresQuery;
  now: number;
  /** The units listed: filtered and sorted as asked. */
  units: UnitFigures[];
  /**
   * The same units' figures at the end of the period before (what changed since the last report),
   * stale counts left out.
   */
  previous: UnitFigures[];
  /**
   * Oldest first; the last is the chosen period (all units of the ward and field filters). Only the
   * chosen period has stale counts.
   */
  trend: { period: Period; units: UnitFigures[] }[];
  fields: string[];
  wards: { id: string; name: string }[];
}

/**
 * Everything the overview, the printable report and the exports show for one query string: one
 * batch of figure queries (the chosen period and the ones before it, for the changes and the
 * trend), whatever the number of answers.
 */
export async function readOverview(
  db: D1Database,
  cluster: Cluster,
  query: Record<string, string>,
  now: number,
): Promise<Overview> {
  const setting = await findClusterSetting(db, cluster.id);
  const params = reportParams(query, setting, now);
  const periods: Period[] = [params.period];
  while (periods.length < TREND_PERIODS) periods.unshift(previousPeriod(periods[0]!));
  const filters = { field: params.field, ward: params.ward };
  // Stale counts depend on the period's end and are read procedure by procedure: only the chosen
  // period shows them, so only its query counts them.
  const queries = periods.map((period, i) =>
    figuresQuery(cluster.id, setting, period, now, filters, { stale: i === periods.length - 1 }),
  );
  const today = vietnamDay(now);
  const [figures, fields, units] = await Promise.all([
    readPeriodsFigures(db, queries),
    listClusterFields(db, cluster.id, today),
    listClusterUnits(db, cluster.id, today),
  ]);
  const current = figures[figures.length - 1]!;
  const listed = selectUnits(current, params.status, params.sort, params.dir);
  const ids = new Set(listed.map((unit) => unit.id));
  return {
    cluster,
    setting,
    params,
    query: queries[queries.length - 1]!,
    now,
    units: listed,
    previous: figures[figures.length - 2]!.filter((unit) => ids.has(unit.id)),
    trend: periods.map((period, i) => ({ period, units: figures[i]! })),
    fields,
    wards: units
      .filter((unit) => unit.kind === 'ward')
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => vietnameseOrder(a.name, b.name)),
  };
}
