import {
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  periodKey,
  periodLabel,
  periodOf,
  previousPeriod,
} from '../../shared/report/period.ts';
import { vietnamDay } from '../../shared/text/vietnam-day.ts';
import type { Overview } from '../report/read-overview.ts';
import { UNIT_STATUSES } from '../report/report-params.ts';
import type { PageContext } from './page-context.ts';

/** The running period of each kind and the ones before it, newest first: what the period list offers. */
export const recentPeriods = (kind: PeriodKind, now: number, cutoffDay: number | null): Period[] => {
  const periods = [periodOf(kind, vietnamDay(now), cutoffDay)];
  while (periods.length < (kind === 'month' ? 12 : 6))
    periods.push(previousPeriod(periods[periods.length - 1]!));
  return periods;
};

/**
 * The overview's filters: a GET form (works without script; the URL is the bookmark). The period
 * list groups months, quarters, 6 and 9 months and years.
 */
export function FiltersForm({ page, overview }: { page: PageContext; overview: Overview }) {
  const { t, language } = page;
  const { params, fields, wards, now, setting } = overview;
  const chosen = periodKey(params.period);
  return (
    <form method="get" action="/" class="filters" aria-label={t('filtersLegend')}>
      <label>
        {t('filterPeriod')}
        <select name="period">
          {PERIOD_KINDS.map((kind) => (
            <optgroup key={kind} label={t(`periodKind_${kind}`)}>
              {recentPeriods(kind, now, setting.cutoffDay).map((period) => (
                <option
                  key={periodKey(period)}
                  value={periodKey(period)}
                  selected={periodKey(period) === chosen}
                >
                  {periodLabel(period, language)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {t('filterField')}
        <select name="field">
          <option value="">{t('filterAll')}</option>
          {fields.map((field) => (
            <option key={field} value={field} selected={field === params.field}>
              {field}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterWard')}
        <select name="ward">
          <option value="">{t('filterAll')}</option>
          {wards.map((ward) => (
            <option key={ward.id} value={ward.id} selected={ward.id === params.ward}>
              {ward.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterStatus')}
        <select name="status">
          <option value="">{t('filterAll')}</option>
          {UNIT_STATUSES.map((status) => (
            <option key={status} value={status} selected={status === params.status}>
              {t(`status_${status}`)}
            </option>
          ))}
        </select>
      </label>
      {params.sort !== 'name' && <input type="hidden" name="sort" value={params.sort} />}
      {params.dir !== 'asc' && <input type="hidden" name="dir" value={params.dir} />}
      <button type="submit">{t('applyFilters')}</button>
    </form>
  );
}
