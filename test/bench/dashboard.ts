import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { periodKey, periodOf } from '../../shared/report/period.ts';
import { vietnamDay } from '../../shared/text/vietnam-day.ts';
import { DEFAULT_SETTING } from '../../worker/db/find-cluster-setting.ts';
import { type FiguresQuery, readPeriodFigures } from '../../worker/db/read-period-figures.ts';
import { WRANGLER_ENV } from '../../worker/dev/run-wrangler.ts';
import { figuresQuery } from '../../worker/report/figures-query.ts';
import { ROOT } from '../support/local-worker.ts';
import { disagreeing, readBaselineFigures } from './dashboard-baseline.ts';
import {
  CLUSTER,
  dashboardSeedSql,
  P_ANSWERS,
  PROCEDURES,
  reviewerSessionSql,
  UNITS,
  unitId,
  wardId,
} from './dashboard-seed.ts';
import { median, printTable } from './measure.ts';
import { createSeededWorker } from './seeded-worker.ts';

/** `wrangler dev` of the dashboard section; the other sections and the e2e tests use 8789–8799. */
const PORT = 8800;
const REQUESTS = 15;
const XLSX_REQUESTS = 5;
const QUERY_RUNS = 10;
/** The baseline reads every answer's JSON: a few runs are enough to show the order of magnitude. */
const BASELINE_RUNS = 5;
const WARM_UP = 2;
/** A school: its page shows its 300 procedures × 23 items. */
const UNIT_K = UNITS - 1;
const UNIT = unitId(UNIT_K);

const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
const fixed = (value: number, digits: number): string => value.toFixed(digits);
const count = (value: number): string => Math.round(value).toLocaleString('en-US');

interface Timed {
  ms: number[];
  status: number;
  body: string;
  bytes: number;
}

/** Requests one after another, after warm-up ones, each timed from sending it to its last byte. */
async function timeRequests(url: string, cookie: string, runs: number): Promise<Timed> {
  const timed: Timed = { ms: [], status: 0, body: '', bytes: 0 };
  for (let i = 0; i < WARM_UP + runs; i += 1) {
    const start = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const elapsed = performance.now() - start;
    Object.assign(timed, { status: response.status, bytes: bytes.length });
    if (response.status !== 200) return timed;
    if (i === 0) timed.body = new TextDecoder().decode(bytes);
    if (i >= WARM_UP) timed.ms.push(elapsed);
  }
  return timed;
}

/** Runs one after another, after one warm-up run, each timed; the last result kept. */
async function timeRuns<T>(runs: number, run: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  let last = await run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    last = await run();
    ms.push(performance.now() - start);
  }
  return { ms, last };
}

/**
 * With the server stopped, on its D1 through wrangler's platform proxy: the overview's figures
 * query of the cluster and of one ward, and the baseline.
 */
async function measureQueries(state: string, query: FiguresQuery, wardQuery: FiguresQuery) {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(ROOT, 'wrangler.toml'),
    persist: { path: join(state, 'v3') },
    remoteBindings: false,
  });
  try {
    const db = proxy.env.DB;
    return {
      figures: await timeRuns(QUERY_RUNS, () => readPeriodFigures(db, query)),
      wardFigures: await timeRuns(QUERY_RUNS, () => readPeriodFigures(db, wardQuery)),
      baseline: await timeRuns(BASELINE_RUNS, () => readBaselineFigures(db, query)),
    };
  } finally {
    await proxy.dispose();
  }
}

/**
 * The dashboard section of `npm run bench` (issue #9, deliver 5), run by test/bench/run.ts in a
 * Node of its own: a cluster of 200 units × 300 procedures × 23 items in local D1, its aggregates
 * as pushes leave them (test/bench/dashboard-seed.ts). With the server stopped, the overview's
 * figures query and the baseline (the same figures aggregated from the answers themselves) run on
 * the same D1 through wrangler's platform proxy, and must agree; then `wrangler dev` serves the
 * overview, a unit page and the quarter's XLSX export to a signed-in reviewer. Printed as one table.
 */
async function benchDashboard(): Promise<void> {
  Object.assign(process.env, WRANGLER_ENV);
  const now = Date.now();
  const period = periodOf('quarter', vietnamDay(now), null);
  const query = figuresQuery(CLUSTER, DEFAULT_SETTING, period, now, { field: null, ward: null });
  const session = await reviewerSessionSql(now);
  const worker = createSeededWorker(PORT);
  try {
    const seedStart = performance.now();
    worker.execute(`${dashboardSeedSql(now)}\n${session.sql}`);
    const seedS = (performance.now() - seedStart) / 1000;

    const wardQuery = figuresQuery(CLUSTER, DEFAULT_SETTING, period, now, {
      field: null,
      ward: wardId(UNIT_K),
    });
    const { figures, wardFigures, baseline } = await measureQueries(worker.state, query, wardQuery);
    const differ = disagreeing(baseline.last, figures.last);
    if (figures.last.length !== UNITS || baseline.last.length !== UNITS || differ.length > 0)
      throw new Error(
        `the overview's figures and the baseline's disagree: ${figures.last.length} and ${baseline.last.length} units, differing ${differ.slice(0, 5).join(', ')}`,
      );

    await worker.start();
    const css = await timeRequests(`${worker.url}/assets/dashboard.css`, '', REQUESTS);
    const overview = await timeRequests(`${worker.url}/`, session.cookie, REQUESTS);
    if (overview.status !== 200 || !overview.body.includes(`data-unit="${UNIT}"`))
      throw new Error(`the overview did not list the bench units (status ${overview.status})`);
    const unitPage = await timeRequests(`${worker.url}/unit/${UNIT}`, session.cookie, REQUESTS);
    const xlsxPath = `/report.xlsx?period=${periodKey(period)}`;
    const xlsx = await timeRequests(`${worker.url}${xlsxPath}`, session.cookie, XLSX_REQUESTS);

    const overviewMs = median(overview.ms);
    const unitMs = unitPage.status === 200 ? median(unitPage.ms) : median(wardFigures.ms);
    const figuresMs = median(figures.ms);
    const baselineMs = median(baseline.ms);
    const spread = (ms: number[]) => `${fixed(Math.min(...ms), 0)}–${fixed(Math.max(...ms), 0)} ms`;
    printTable(
      `Dashboard: ${UNITS} units × ${PROCEDURES} procedures × 23 items (${count(P_ANSWERS)} answers) in local D1, against wrangler dev as a signed-in reviewer; baseline in the same run`,
      ['measure', 'value', 'unit', 'ratio / target'],
      [
        [`seed: answers and aggregates, one wrangler d1 execute`, fixed(seedS, 1), 's', ''],
        [
          `GET / (overview of the quarter, and the periods before it for the trend), median of ${REQUESTS}`,
          fixed(overviewMs, 0),
          'ms',
          `target ≤ 200 ms: ${verdict(overviewMs <= 200)}; ${spread(overview.ms)}`,
        ],
        unitPage.status === 200
          ? [
              `GET /unit/${UNIT} (unit page), median of ${REQUESTS}`,
              fixed(unitMs, 0),
              'ms',
              `target ≤ 200 ms: ${verdict(unitMs <= 200)}; ${spread(unitPage.ms)}`,
            ]
          : [
              `GET /unit/:id answers ${unitPage.status} (not built yet): the figures query of the unit's ward instead, median of ${QUERY_RUNS}`,
              fixed(unitMs, 0),
              'ms',
              `target ≤ 200 ms: ${verdict(unitMs <= 200)}`,
            ],
        xlsx.status === 200
          ? [
              `GET ${xlsxPath} (XLSX export, ${count(xlsx.bytes / 1024)} kB), median of ${XLSX_REQUESTS}`,
              fixed(median(xlsx.ms), 0),
              'ms',
              `target ≤ 2 s: ${verdict(median(xlsx.ms) <= 2000)}; ${spread(xlsx.ms)}`,
            ]
          : [`GET ${xlsxPath} answers ${xlsx.status} (not built yet): skipped`, '–', 'ms', ''],
        [
          `GET /assets/dashboard.css (the HTTP path alone), median of ${REQUESTS}`,
          fixed(median(css.ms), 1),
          'ms',
          '',
        ],
        [
          `overview figures of the quarter: readPeriodFigures, one D1 query (platform proxy), median of ${QUERY_RUNS}`,
          fixed(figuresMs, 0),
          'ms',
          spread(figures.ms),
        ],
        [
          `baseline, same run: the same figures aggregated from the ${count(P_ANSWERS)} answers, median of ${BASELINE_RUNS}`,
          fixed(baselineMs, 0),
          'ms',
          `${fixed(baselineMs / figuresMs, 1)}× the figures query, ${fixed(baselineMs / overviewMs, 1)}× the whole overview`,
        ],
        ['  figures of the two agree', `${UNITS} units`, '', 'every count and item'],
      ],
    );
  } finally {
    await worker.dispose();
  }
}

await benchDashboard();
