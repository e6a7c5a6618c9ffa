import type { Overview } from '../report/read-overview.ts';
import type { ReportHeading } from '../report/report-heading.ts';
import { reportQuery } from '../report/report-params.ts';
import type { ReportRows } from '../report/report-rows.ts';
import type { PageContext } from './page-context.ts';
import { PageLayout } from './page-layout.tsx';
import { ReportItemsTable } from './report-items-table.tsx';
import { ReportUnitsTable } from './report-units-table.tsx';

/**
 * The printable report (the browser prints it to PDF; the print rules drop navigation and links):
 * headed with the cluster, the period and its days, when it was produced and what it covers, then
 * the unit table with its total and the per-item figures, from the rows the exports write too.
 */
export function ReportPage({
  page,
  overview,
  heading,
  rows,
}: {
  page: PageContext;
  overview: Overview;
  heading: ReportHeading;
  rows: ReportRows;
}) {
  const { t } = page;
  const { params, query } = overview;
  const selection = reportQuery({
    period: query.periodKey,
    field: params.field,
    ward: params.ward,
    status: params.status,
  });
  return (
    <PageLayout page={page} title={heading.title}>
      <h1>{heading.title}</h1>
      <dl class="report-meta">
        {heading.lines.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {heading.runningNote && <p class="notice">{heading.runningNote}</p>}
      <p class="actions">
        <a href={`/${selection}`}>{t('reportBack')}</a>
        <a href={`/report.csv${selection}`}>{t('exportCsv')}</a>
        <a href={`/report.xlsx${selection}`}>{t('exportXlsx')}</a>
      </p>
      <p class="note print-hint">{t('reportPrintHint')}</p>
      <p class="note">{t('overviewNote')}</p>
      <p class="note">{t('reportLiveNote')}</p>
      {rows.units.length === 0 ? (
        <p>{t('noUnitsMatch')}</p>
      ) : (
        <>
          <ReportUnitsTable page={page} rows={rows} />
          <h2>{t('reportItemsTitle')}</h2>
          <ReportItemsTable page={page} items={rows.items} />
        </>
      )}
    </PageLayout>
  );
}
