import { periodDays, periodLabel } from '../../shared/report/period.ts';
import { formatTime } from '../dashboard/format-time.ts';
import type { PageLanguage, Translate } from '../i18n/page-messages.ts';
import type { Overview } from './read-overview.ts';

export interface ReportHeading {
  title: string;
  /** Label and value, in order: the period, its days, when it was produced, what it covers. */
  lines: [label: string, value: string][];
  /** Said when the period has not ended: its figures are today's. */
  runningNote: string | null;
}

const dayText = (day: string) => day.split('-').reverse().join('/');

/**
 * What heads a report, printed or exported: the cluster, the period by name and by its days (on
 * the cluster's cut-off day when it has one), the moment it was produced, and the filters, so a
 * filtered report can never pass for the whole cluster's.
 */
export function reportHeading(overview: Overview, t: Translate, language: PageLanguage): ReportHeading {
  const { cluster, params, setting, now, query, wards } = overview;
  const days = periodDays(params.period, setting.cutoffDay);
  const scope = [
    params.field && `${t('filterField')}: ${params.field}`,
    params.ward && `${t('filterWard')}: ${wards.find((w) => w.id === params.ward)?.name ?? params.ward}`,
    params.status && `${t('filterStatus')}: ${t(`status_${params.status}`)}`,
  ].filter((part): part is string => Boolean(part));
  return {
    title: t('reportTitle', { cluster: cluster.name }),
    lines: [
      [t('reportPeriod'), periodLabel(params.period, language)],
      [t('reportDays'), t('reportDaysValue', { start: dayText(days.start), end: dayText(days.end) })],
      [t('reportProduced'), formatTime(now, language)],
      [t('reportFilters'), scope.length ? scope.join('; ') : t('reportAllUnits')],
    ],
    runningNote: query.endMs >= now ? t('periodRunning') : null,
  };
}
