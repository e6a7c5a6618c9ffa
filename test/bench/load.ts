import type { Result } from 'autocannon';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol.ts';
import { type LoadDevice, loadDevices, loadSeedSql } from './load-seed.ts';
import { type LoadRun, MUTATIONS_PER_PUSH, runBaseline, runLoad } from './load-traffic.ts';
import { printTable } from './measure.ts';
import { createSeededWorker } from './seeded-worker.ts';
import { percentile } from './sync-records.ts';

/** `wrangler dev` of the load section; the sync section uses 8795–8796, e2e tests other 879x ports. */
const PORT = 8797;
const UNITS = 10;
const DEVICES_PER_UNIT = 10;
/** Procedures assigned to every unit: 4 × 23 P-items and the 15 U-items make 107 keys per unit. */
const PROCEDURES = 4;
const LOAD_S = 30;
const BASELINE_S = 10;

const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
const fixed = (value: number, digits: number): string => value.toFixed(digits);
const count = (value: number): string => Math.round(value).toLocaleString('en-US');
const share = (part: number, whole: number): string =>
  `${fixed((100 * part) / Math.max(whole, 1), 1)} % of answers`;

/** Every device pulls its unit once before the load: a token or unit the seed got wrong fails here. */
async function checkDevices(url: string, devices: readonly LoadDevice[]): Promise<void> {
  for (const device of devices) {
    const response = await fetch(`${url}/api/v1/sync/pull?unit=${device.unitId}`, {
      headers: { authorization: `Bearer ${device.token}` },
    });
    const body = await response.text();
    if (response.status !== 200 || (JSON.parse(body) as { v: number }).v !== PROTOCOL_VERSION)
      throw new Error(`device ${device.id} cannot pull: ${response.status} ${body}`);
  }
}

/** The time of answers read, p50 and p99, as `a / b`. */
const p50p99 = (ms: readonly number[]): string =>
  `${fixed(percentile(ms, 50), 1)} / ${fixed(percentile(ms, 99), 1)}`;

function loadRows(load: LoadRun, baseline: { result: Result; ms: number[] }): string[][] {
  const { result } = load;
  const answers = load.answers.length;
  const refused = (which: (status: string) => boolean) =>
    [...load.refusals].filter(([key]) => which(key.split(' ')[1]!)).reduce((sum, [, n]) => sum + n, 0);
  const rateLimited = refused((status) => status === '429');
  // Errors: every non-2xx answer but 429, plus requests that got no answer (timeouts, connection errors).
  const notRateLimited = refused((status) => status !== '429') + result.errors;
  const ms = load.answers.map((answer) => answer.ms);
  const baseRate = baseline.result.requests.total / baseline.result.duration;
  const rate = result.requests.total / result.duration;
  const basePct = (p: number) => percentile(baseline.ms, p);
  const ok = (kind: 'push' | 'pull') =>
    load.answers.filter((answer) => answer.kind === kind && answer.status === 200).map((answer) => answer.ms);
  const pushes = load.answers.filter((answer) => answer.kind === 'push').length;
  const { applied, superseded, rejected } = load.mutations;
  return [
    [
      `answers read in ${LOAD_S} s: ${count(pushes)} pushes of ${MUTATIONS_PER_PUSH} mutations, ${count(answers - pushes)} pulls`,
      count(answers),
      'requests',
      `${UNITS} units × ${DEVICES_PER_UNIT} devices, one connection each, push then pull`,
    ],
    ['  throughput', count(rate), 'req/s', `${fixed(rate / baseRate, 2)}× the trivial route`],
    [
      '  errors that are not 429 (5xx, other 4xx, timeouts, connection errors)',
      String(notRateLimited),
      'count',
      `target 0: ${verdict(notRateLimited === 0)}`,
    ],
    [
      '  429 rate_limited (SYNC_LIMIT: 600 requests per device per 60 s)',
      count(rateLimited),
      'count',
      `${share(rateLimited, answers)}; a device sent ${count((60 * answers) / load.devices / result.duration)} per minute`,
    ],
    ...(load.refusals.size === 0
      ? [['  non-2xx answers', '0', 'count', '']]
      : [...load.refusals]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, n]) => [`  non-2xx: ${key}`, count(n), 'count', share(n, answers)])),
    [
      '  timeouts / connection errors (no answer)',
      `${result.timeouts} / ${result.errors - result.timeouts}`,
      'count',
      '',
    ],
    [
      '  latency p50, every answer',
      fixed(percentile(ms, 50), 1),
      'ms',
      `${fixed(percentile(ms, 50) / basePct(50), 1)}× the trivial route`,
    ],
    [
      '  latency p99, every answer',
      fixed(percentile(ms, 99), 1),
      'ms',
      `${fixed(percentile(ms, 99) / basePct(99), 1)}× the trivial route`,
    ],
    ['  push answered 200: p50 / p99', p50p99(ok('push')), 'ms', `${count(ok('push').length)} pushes`],
    ['  pull answered 200: p50 / p99', p50p99(ok('pull')), 'ms', `${count(load.pulledRows)} rows pulled`],
    [
      '  mutations of the pushes answered 200: applied / superseded / rejected',
      `${count(applied)} / ${count(superseded)} / ${count(rejected)}`,
      'count',
      `${count(applied / result.duration)} applied/s; ${rejected === 0 ? 'none rejected' : [...load.rejections].map(([reason, n]) => `${reason} ${n}`).join(', ')}`,
    ],
    [
      `baseline, same run: GET /assets/dashboard.css, ${DEVICES_PER_UNIT * UNITS} connections for ${BASELINE_S} s`,
      count(baseline.result.requests.total),
      'requests',
      `${baseline.result.non2xx + baseline.result.errors} non-2xx or errors`,
    ],
    ['  throughput', count(baseRate), 'req/s', ''],
    ['  latency p50 / p99', p50p99(baseline.ms), 'ms', ''],
  ];
}

/**
 * The load section of `npm run bench`, run by test/bench/run.ts in a Node of its own: 100 devices,
 * created by SQL in 10 units of 10, push and pull as fast as answers come for 30 s against a real
 * `wrangler dev` with local D1 (autocannon, one connection per device), after the trivial route
 * with as many connections for 10 s as the baseline. Printed as one table.
 */
async function benchLoad(): Promise<void> {
  const devices = loadDevices(UNITS, DEVICES_PER_UNIT);
  const worker = createSeededWorker(PORT);
  let load: LoadRun;
  let baseline: Awaited<ReturnType<typeof runBaseline>>;
  try {
    worker.execute(await loadSeedSql(devices, PROCEDURES));
    await worker.start();
    await checkDevices(worker.url, devices);
    baseline = await runBaseline(worker.url, devices.length, BASELINE_S);
    load = await runLoad(worker.url, devices, PROCEDURES, LOAD_S);
  } finally {
    await worker.dispose();
  }
  printTable(
    `Load: ${devices.length} devices pushing and pulling for ${LOAD_S} s against wrangler dev with local D1 (autocannon 9), and a trivial route (baseline), same run`,
    ['measure', 'value', 'unit', 'ratio / target'],
    loadRows(load, baseline),
  );
}

await benchLoad();
