import { type Period, periodDays, periodKey } from '../../shared/report/period.ts';
import { endOfVietnamDay, vietnamDay } from '../../shared/text/vietnam-day.ts';
import type { ClusterSetting } from '../db/find-cluster-setting.ts';
import type { FiguresQuery } from '../db/read-period-figures.ts';

/**
 * What {@link readPeriodFigures} needs for a period of a cluster: its last day by the cluster's
 * calendar, and the instant before which a check is overdue (the re-check interval counted back
 * from the period's end, or from now while the period is still running).
 */
export function figuresQuery(
  clusterId: string,
  setting: ClusterSetting,
  period: Period,
  now: number,
  filters: { field: string | null; ward: string | null; unit?: string | null },
  { stale = true }: { stale?: boolean } = {},
): FiguresQuery {
  const { end } = periodDays(period, setting.cutoffDay);
  const today = vietnamDay(now);
  const endMs = Math.min(endOfVietnamDay(end), now);
  const at = new Date(endMs);
  const recheckBefore = Date.UTC(
    at.getUTCFullYear(),
    at.getUTCMonth() - setting.recheckMonths,
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
  );
  return {
    clusterId,
    end,
    running: end >= today,
    // Parent links of a day still ahead are not known yet: place units as they are today.
    linksDay: [end, today].sort()[0]!,
    endMs,
    recheckBefore,
    periodKey: periodKey(period),
    field: filters.field,
    ward: filters.ward,
    unit: filters.unit ?? null,
    stale,
  };
}
