import { MAX_PUSH_MUTATIONS } from '../../shared/sync/protocol.ts';
import { printTable } from './measure.ts';
import { benchSyncPouchDb } from './sync-pouchdb.ts';
import { benchRecords, percentile } from './sync-records.ts';
import { benchSyncWrangler } from './sync-wrangler.ts';

/**
 * `wrangler dev` for CongKhai (the second only for the 10^6 side of the incremental pull), and
 * pouchdb-server for the baseline, which has stopped by then. e2e tests use other 879x ports.
 */
const WRANGLER_PORTS: [number, number] = [8795, 8796];
const POUCHDB_PORT = 8796;
const MUTATIONS = 10_000;

const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
const fixed = (value: number, digits: number): string => value.toFixed(digits);
const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * The sync section of `npm run bench`, run by test/bench/run.ts in a Node of its own (the
 * extension's sync code needs `--experimental-transform-types`): sync against a real
 * `wrangler dev` with local D1, and the same 10,000 records replicated by PouchDB in the same
 * run, printed as one table of measure | value | unit | ratio or target.
 */
async function benchSync(): Promise<void> {
  const records = benchRecords(MUTATIONS);
  // The baseline first, so neither server runs while the other is measured.
  const pouch = await benchSyncPouchDb(POUCHDB_PORT, records);
  const sync = await benchSyncWrangler(WRANGLER_PORTS, records);

  const { push, initialPull, incremental, twoUnits } = sync;
  const drainS = push.drainMs / 1000;
  const ratio = push.drainMs / pouch.replicateMs;
  const p95 = percentile(push.batchMs, 95);
  const pouchP95 = percentile(pouch.batchMs, 95);
  const growth = incremental.largeMs / incremental.smallMs;
  const httpS = push.httpMs.reduce((sum, ms) => sum + ms, 0) / 1000;
  const rows: string[][] = [
    [
      `push ${count(push.mutations)} mutations from one device: outbox drained (extension pushOutbox, ${push.batchMs.length} pushes)`,
      fixed(drainS, 2),
      's',
      `target ≤ 5 s: ${verdict(drainS <= 5)}`,
    ],
    ['  throughput', count(push.mutations / drainS), 'mutations/s', ''],
    [
      '  of which HTTP: request to answer read (worker + D1), summed over the pushes',
      fixed(httpS, 2),
      's',
      `${fixed(httpS / (pouch.replicateMs / 1000), 2)}× PouchDB's whole replication; the rest (${fixed(drainS - httpS, 2)} s) is the client's`,
    ],
    [
      `  p95 per ${MAX_PUSH_MUTATIONS}-mutation batch (IndexedDB work + HTTP + D1)`,
      fixed(p95, 1),
      'ms',
      `${fixed(p95 / pouchP95, 2)}× PouchDB's p95 per batch (${fixed(pouchP95, 1)} ms)`,
    ],
    [
      `  before it: ${count(push.mutations)} answers saved (saveAnswer, fake-indexeddb)`,
      fixed(push.saveMs / 1000, 2),
      's',
      `${fixed(push.saveMs / pouch.saveMs, 2)}× PouchDB local puts (${fixed(pouch.saveMs / 1000, 2)} s)`,
    ],
    [
      `PouchDB baseline: same ${count(pouch.docs)} records replicated to express-pouchdb (memory)`,
      fixed(pouch.replicateMs / 1000, 2),
      's',
      '',
    ],
    [
      '  CongKhai drain / PouchDB replication',
      fixed(ratio, 2),
      '×',
      `target < 1 (faster than PouchDB): ${verdict(ratio < 1)}`,
    ],
    [
      `initial pull of ${count(initialPull.rows)} answers (300 procedures × 38 items), ${initialPull.pages} pages of 1000, raw HTTP, median of 5`,
      fixed(initialPull.httpMs, 0),
      'ms',
      `${count(initialPull.rows / (initialPull.httpMs / 1000))} rows/s`,
    ],
    [
      `  same pull by the extension's pullChanges into IndexedDB (${count(initialPull.clientRows)} rows, pages of 500)`,
      fixed(initialPull.clientMs, 0),
      'ms',
      `${fixed(initialPull.clientMs / initialPull.httpMs, 2)}× raw HTTP`,
    ],
    [
      `incremental pull of ${incremental.changes} changes, D1 holds 10^4 answers (median of 300, in turns with the next)`,
      fixed(incremental.smallMs, 2),
      'ms',
      `${incremental.smallRows} rows`,
    ],
    [
      `incremental pull of ${incremental.changes} changes, D1 holds 10^6 answers (median of 300)`,
      fixed(incremental.largeMs, 2),
      'ms',
      `${incremental.largeRows} rows; 990,000 seeded in ${fixed(incremental.seedMs / 1000, 1)} s`,
    ],
    ['  10^6 / 10^4', fixed(growth, 2), '×', `target ≤ 1.5: ${verdict(growth <= 1.5)}`],
    ...Object.entries(twoUnits.unavailable).map(([unit, n]) => [
      `two units pushing at once: 503 answers to ${unit}`,
      String(n),
      'count',
      `target 0: ${verdict(n === 0)}`,
    ]),
    [
      `  total time, ${twoUnits.pushes} pushes of ${MAX_PUSH_MUTATIONS} (${twoUnits.devices / 2} devices per unit, all at once)`,
      fixed(twoUnits.ms / 1000, 2),
      's',
      `${count(twoUnits.mutations / (twoUnits.ms / 1000))} mutations/s`,
    ],
  ];
  printTable(
    'Sync against wrangler dev with local D1 (CongKhai) and PouchDB 9 → express-pouchdb 4 (baseline), same run',
    ['measure', 'value', 'unit', 'ratio / target'],
    rows,
  );
}

await benchSync();
