import { PERIOD_KINDS, type Period, periodKey, periodLabel } from '../../shared/report/period.ts';
import type { ClusterSetting } from '../db/find-cluster-setting.ts';
import type { FiguresQuery } from '../db/read-period-figures.ts';
import { recentPeriods } from './filters-form.tsx';
import { formatDay } from './format-day.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';

/**
 * The period a unit, procedure or item page shows: a GET form (works without script, the URL is
 * the bookmark) with the same periods as the overview's, and the line saying up to when the
 * figures run and when the page was produced (for the printout).
 */
export function PeriodForm({
  page,
  period,
  query,
  setting,
  now,
}: {
  page: PageContext;
  period: Period;
  query: FiguresQuery;
  setting: ClusterSetting;
  now: number;
}) {
  const { t, language } = page;
  const chosen = periodKey(period);
  return (
    <>
      <form method="get" action={page.path} class="filters" aria-label={t('filtersLegend')}>
        <label>
          {t('filterPeriod')}
          <select name="period">
            {PERIOD_KINDS.map((kind) => (
              <optgroup key={kind} label={t(`periodKind_${kind}`)}>
                {recentPeriods(kind, now, setting.cutoffDay).map((option) => (
                  <option
                    key={periodKey(option)}
                    value={periodKey(option)}
                    selected={periodKey(option) === chosen}
                  >
                    {periodLabel(option, language)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="submit">{t('applyFilters')}</button>
      </form>
      <p>
        {t('periodShown', {
          period: periodLabel(period, language),
          end: formatDay(query.end),
          produced: formatTime(now, language),
        })}{' '}
        {query.endMs >= now && t('periodRunning')}
      </p>
    </>
  );
}
