import { type Context, Hono } from 'hono';
import { findCluster } from '../db/find-cluster.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { requireAccount } from '../http/require-account.ts';
import { readOverview } from '../report/read-overview.ts';
import { reportCsv } from '../report/report-csv.ts';
import { reportDisposition } from '../report/report-disposition.ts';
import { reportHeading } from '../report/report-heading.ts';
import { reportRows } from '../report/report-rows.ts';
import { reportSheets } from '../report/report-sheets.ts';
import { reportXlsx, XLSX_TYPE } from '../report/report-xlsx.ts';
import { pageContext } from './page-context.ts';
import { renderPage } from './render-page.tsx';
import { ReportPage } from './report-page.tsx';

/**
 * The report of the signed-in account's own cluster for the overview's query string (any filter
 * of it), read once and built into rows once: the page and both exports show those rows.
 */
async function readReport(c: Context<AppEnv>) {
  const cluster = await findCluster(c.env.DB, c.get('account').clusterId);
  if (!cluster) throw new ApiError(404, 'not_found', 'The cluster of this account no longer exists.');
  const overview = await readOverview(c.env.DB, cluster, c.req.query(), Date.now());
  const page = pageContext(c);
  return {
    page,
    overview,
    heading: reportHeading(overview, page.t, page.language),
    rows: reportRows(overview),
  };
}

/** Downloads hold a cluster's figures: kept by no shared cache. */
const download = (type: string, disposition: string) => ({
  'Content-Type': type,
  'Content-Disposition': disposition,
  'Cache-Control': 'private, no-store',
});

/** The printable report and its CSV and XLSX exports (issue #9, deliver 3). */
export const reportRoutes = new Hono<AppEnv>()
  .get('/report', requireAccount, async (c) => {
    const { page, overview, heading, rows } = await readReport(c);
    return renderPage(c, <ReportPage page={page} overview={overview} heading={heading} rows={rows} />);
  })
  .get('/report.csv', requireAccount, async (c) => {
    const { page, overview, rows } = await readReport(c);
    const { units } = reportSheets(rows, page.t, page.language);
    return c.body(
      reportCsv(units),
      200,
      download(
        'text/csv; charset=utf-8',
        reportDisposition(overview.cluster.name, overview.query.periodKey, 'csv'),
      ),
    );
  })
  .get('/report.xlsx', requireAccount, async (c) => {
    const { page, overview, heading, rows } = await readReport(c);
    const book = await reportXlsx(heading, reportSheets(rows, page.t, page.language), overview.now);
    return c.body(
      book,
      200,
      download(XLSX_TYPE, reportDisposition(overview.cluster.name, overview.query.periodKey, 'xlsx')),
    );
  });
