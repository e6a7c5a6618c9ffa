import type { Period } from '../../shared/report/period.ts';
import { type ClusterSetting, findClusterSetting } from '../db/find-cluster-setting.ts';
import type { FiguresQuery } from '../db/read-period-figures.ts';
import { figuresQuery } from './figures-query.ts';
import { reportParams } from './report-params.ts';

export interface PeriodQuery {
  setting: ClusterSetting;
  period: Period;
  /** The whole cluster's figures query for the period: no field or ward filter. */
  query: FiguresQuery;
}

/**
 * The period a unit, procedure or item page shows: `?period=` as on the overview (the running
 * quarter by default), read by the cluster's calendar.
 */
export async function periodQuery(
  db: D1Database,
  clusterId: string,
  query: Record<string, string>,
  now: number,
): Promise<PeriodQuery> {
  const setting = await findClusterSetting(db, clusterId);
  const { period } = reportParams(query, setting, now);
  return {
    setting,
    period,
    query: figuresQuery(clusterId, setting, period, now, { field: null, ward: null }),
  };
}
