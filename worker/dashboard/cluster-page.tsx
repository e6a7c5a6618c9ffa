import { periodLabel } from '../../shared/report/period.ts';
import type { Overview } from '../report/read-overview.ts';
import { reportQuery } from '../report/report-params.ts';
import { ChangesList } from './changes-list.tsx';
import { FiguresTable } from './figures-table.tsx';
import { FiltersForm } from './filters-form.tsx';
import { formatTime } from './format-time.ts';
import { ItemHeatmap } from './item-heatmap.tsx';
import type { PageContext } from './page-context.ts';
import { PageLayout } from './page-layout.tsx';
import { TrendChart } from './trend-chart.tsx';

/**
 * The cluster overview for a period: filters, one row per unit with its figures (sortable), the
 * units × items heatmap, the trend and what changed since the period before, and links to the
 * printable report and the exports of the same selection.
 */
export function ClusterPage({ page, overview }: { page: PageContext; overview: Overview }) {
  const { t, language } = page;
  const { cluster, params, query, now } = overview;
  const selection = reportQuery({
    period: query.periodKey,
    field: params.field,
    ward: params.ward,
    status: params.status,
  });
  return (
    <PageLayout page={page} title={cluster.name}>
      <h1>{t('overviewTitle', { cluster: cluster.name })}</h1>
      <FiltersForm page={page} overview={overview} />
      <p>
        {t('periodShown', {
          period: periodLabel(params.period, language),
          end: query.end.split('-').reverse().join('/'),
          produced: formatTime(now, language),
        })}{' '}
        {query.endMs >= now && t('periodRunning')}
      </p>
      <p class="actions">
        <a href={`/report${selection}`}>{t('reportLink')}</a>
        <a href={`/report.csv${selection}`}>{t('exportCsv')}</a>
        <a href={`/report.xlsx${selection}`}>{t('exportXlsx')}</a>
      </p>
      <p class="note">{t('overviewNote')}</p>
      {overview.units.length === 0 ? (
        <p>{t('noUnitsMatch')}</p>
      ) : (
        <>
          <FiguresTable page={page} overview={overview} />
          <h2>{t('heatmapTitle')}</h2>
          <ItemHeatmap page={page} units={overview.units} />
          <TrendChart page={page} overview={overview} />
          <ChangesList page={page} overview={overview} />
        </>
      )}
    </PageLayout>
  );
}
