// IndexedDB for Dexie in Node: the extension's own database and sync code run here unchanged.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { createDatabase } from '../../extension/db/database.ts';
import { readEnrolment } from '../../extension/db/read-enrolment.ts';
import { saveAnswer } from '../../extension/db/save-answer.ts';
import type { FetchLike } from '../../extension/sync/call-server.ts';
import { enrollDevice } from '../../extension/sync/enroll-device.ts';
import { pullChanges } from '../../extension/sync/pull-changes.ts';
import { pushOutbox } from '../../extension/sync/push-outbox.ts';
import { TEMPLATE_VERSION } from '../../shared/checklist/checklist-items.ts';
import { encodeHlc } from '../../shared/sync/hlc.ts';
import {
  MAX_PUSH_MUTATIONS,
  type Mutation,
  PROTOCOL_VERSION,
  type PullResponse,
  type PushResponse,
} from '../../shared/sync/protocol.ts';
import { median } from './measure.ts';
import { answersSql, enrolCodeSql, proceduresSql, unitSql } from './seed-sql.ts';
import { createSeededWorker } from './seeded-worker.ts';
import { type BenchRecord, benchRecords } from './sync-records.ts';

/** What the sync bench measured against `wrangler dev`; times in milliseconds. */
export interface WranglerSyncResult {
  push: { mutations: number; saveMs: number; drainMs: number; batchMs: number[]; httpMs: number[] };
  initialPull: { rows: number; pages: number; httpMs: number; clientMs: number; clientRows: number };
  incremental: {
    changes: number;
    /** How long the one `INSERT … WITH RECURSIVE` of 990,000 answers took through wrangler. */
    seedMs: number;
    smallMs: number;
    largeMs: number;
    smallRows: number;
    largeRows: number;
  };
  twoUnits: {
    pushes: number;
    devices: number;
    mutations: number;
    unavailable: Record<string, number>;
    ms: number;
  };
}

const PUSH_UNIT = 'bench-push';
const PULL_UNIT = 'bench-pull';
const INC_UNIT = 'bench-inc';
const PAIR_UNITS = ['bench-a', 'bench-b'] as const;
/** 300 procedures × 38 item ids. */
const PULL_ROWS = 300 * 38;
/** Pulls of the incremental measure: the figure is their median, after warm-up ones. */
const INCREMENTAL_PULLS = 300;
const WARM_UP_PULLS = 50;
/** Pushes (of MAX_PUSH_MUTATIONS) per unit in the two-units measure, and the devices of each unit sharing them. */
const PAIR_PUSHES = 20;
const PAIR_DEVICES = 2;

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function enrol(url: string, code: string): Promise<{ token: string; clientId: string }> {
  const response = await fetch(`${url}/api/v1/devices/enroll`, json({ code, label: 'Máy đo' }));
  if (response.status !== 201) throw new Error(`enrol ${code}: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return { token, clientId: `bench-${randomUUID()}` };
}

/** Mutations of `records` as a device stamps them now, seqs from `firstSeq` on. */
function toMutations(records: readonly BenchRecord[], unitId: string, clientId: string, firstSeq: number) {
  const now = Date.now();
  return records.map(
    (record, k): Mutation => ({
      seq: firstSeq + k,
      unitId,
      subject: record.subject,
      itemId: record.itemId,
      fields: { ...record.fields, checkedBy: 'Máy đo', checkedAt: now, templateVersion: TEMPLATE_VERSION },
      hlc: encodeHlc({ wall: now, counter: (firstSeq + k) % 100_000, node: clientId }),
    }),
  );
}

/** One push by raw HTTP; throws unless every mutation was applied. Returns 503s answered before it. */
async function push(url: string, token: string, clientId: string, mutations: Mutation[]): Promise<number> {
  let unavailable = 0;
  for (;;) {
    const response = await fetch(`${url}/api/v1/sync/push`, {
      ...json({ v: PROTOCOL_VERSION, clientId, mutations }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    if (response.status === 503 && unavailable < 10) {
      // As the client does: wait as told, then send the same batch again.
      unavailable += 1;
      await response.body?.cancel();
      await new Promise((r) => setTimeout(r, Number(response.headers.get('retry-after') ?? 1) * 1000));
      continue;
    }
    if (!response.ok) throw new Error(`push: ${response.status} ${await response.text()}`);
    const answer = (await response.json()) as PushResponse;
    const refused = answer.results.filter((result) => result.status !== 'applied');
    if (refused.length > 0) throw new Error(`push: not applied ${JSON.stringify(refused[0])}`);
    return unavailable;
  }
}

async function pull(url: string, token: string, unit: string, cursor: number, client: string, limit = 1000) {
  const query = new URLSearchParams({ unit, cursor: String(cursor), limit: String(limit), client });
  const response = await fetch(`${url}/api/v1/sync/pull?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`pull: ${response.status} ${await response.text()}`);
  return (await response.json()) as PullResponse;
}

/**
 * 1. The extension's own client: 10,000 answers saved with `saveAnswer` into its Dexie database
 * (fake-indexeddb), then its outbox drained by `pushOutbox` (the push half of `runSync`) in
 * batches of MAX_PUSH_MUTATIONS against the worker. A batch's time runs from one push request to the next, so
 * it holds the client's IndexedDB work (reading the outbox, applying the answer) too; the HTTP
 * part of each (request sent to answer read: the worker and D1) is timed on its own.
 */
async function benchClientPush(url: string, code: string, records: BenchRecord[]) {
  const db = createDatabase(`bench-push-${randomUUID()}`);
  const pushStarts: number[] = [];
  const httpMs: number[] = [];
  // Times each push from request to the whole answer read; the rest of a batch is the client's.
  const timedFetch: FetchLike = async (request) => {
    if (!request.url.endsWith('/sync/push')) return fetch(request);
    const start = performance.now();
    pushStarts.push(start);
    const response = await fetch(request);
    const body = await response.arrayBuffer();
    httpMs.push(performance.now() - start);
    return new Response(body, { status: response.status, headers: response.headers });
  };
  try {
    await enrollDevice(db, timedFetch, url, code, 'Máy đo');
    const saveStart = performance.now();
    for (const record of records) await saveAnswer(db, record);
    const saveMs = performance.now() - saveStart;
    const enrolment = await readEnrolment(db);
    if (!enrolment) throw new Error('not enrolled');
    const start = performance.now();
    const server = { url: enrolment.serverUrl, token: enrolment.token, fetch: timedFetch };
    const rejected = await pushOutbox(db, server, enrolment);
    const end = performance.now();
    const left = await db.outbox.count();
    if (rejected.length > 0 || left > 0)
      throw new Error(`push: ${rejected.length} rejected, ${left} left in the outbox`);
    const bounds = [start, ...pushStarts.slice(1), end];
    return {
      mutations: records.length,
      saveMs,
      drainMs: end - start,
      batchMs: pushStarts.map((_, k) => bounds[k + 1]! - bounds[k]!),
      httpMs,
    };
  } finally {
    db.close();
    await db.delete();
  }
}

/**
 * 2. Initial pull of a unit holding 11,400 answers: every page (limit 1000) by raw HTTP, the
 * median of 5 runs; and once through the extension's `pullChanges` (its default page size) into
 * a fresh IndexedDB, which is what a newly enrolled device does.
 */
async function benchInitialPull(url: string, httpCode: string, clientCode: string) {
  const device = await enrol(url, httpCode);
  const runs: { ms: number; rows: number; pages: number }[] = [];
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    let cursor = 0;
    let rows = 0;
    let pages = 0;
    for (;;) {
      const page = await pull(url, device.token, PULL_UNIT, cursor, device.clientId);
      rows += page.rows.length;
      pages += 1;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    runs.push({ ms: performance.now() - start, rows, pages });
  }
  if (runs.some((run) => run.rows !== PULL_ROWS)) throw new Error(`pull: expected ${PULL_ROWS} rows`);

  const db = createDatabase(`bench-pull-${randomUUID()}`);
  try {
    await enrollDevice(db, fetch, url, clientCode, 'Máy đo');
    const enrolment = await readEnrolment(db);
    if (!enrolment) throw new Error('not enrolled');
    const start = performance.now();
    await pullChanges(db, { url: enrolment.serverUrl, token: enrolment.token, fetch }, enrolment);
    const clientMs = performance.now() - start;
    return {
      rows: PULL_ROWS,
      pages: runs[0]!.pages,
      httpMs: median(runs.map((run) => run.ms)),
      clientMs,
      clientRows: await db.answers.count(),
    };
  } finally {
    db.close();
    await db.delete();
  }
}

/**
 * 4. Two units push at once: {@link PAIR_DEVICES} devices each, every device sending its share of
 * the unit's {@link PAIR_PUSHES} pushes of {@link MAX_PUSH_MUTATIONS} back to back (a device's own pushes never overlap:
 * the client holds a lock), all devices of both units at the same time. Counts the 503
 * `write_conflict` answers per unit (a 503 is retried after `Retry-After`, as the client does).
 */
async function benchTwoUnits(url: string, codes: Record<string, string[]>) {
  const records = benchRecords(PAIR_PUSHES * MAX_PUSH_MUTATIONS);
  const perDevice = PAIR_PUSHES / PAIR_DEVICES;
  const devices = await Promise.all(
    PAIR_UNITS.flatMap((unit) =>
      codes[unit]!.map(async (code, d) => ({ unit, d, ...(await enrol(url, code)) })),
    ),
  );
  const start = performance.now();
  const unavailable = await Promise.all(
    devices.map(async ({ unit, d, token, clientId }) => {
      let count = 0;
      for (let b = 0; b < perDevice; b += 1) {
        const first = (d * perDevice + b) * MAX_PUSH_MUTATIONS;
        const batch = records.slice(first, first + MAX_PUSH_MUTATIONS);
        count += await push(
          url,
          token,
          clientId,
          toMutations(batch, unit, clientId, b * MAX_PUSH_MUTATIONS + 1),
        );
      }
      return { unit, count };
    }),
  );
  return {
    pushes: PAIR_UNITS.length * PAIR_PUSHES,
    devices: devices.length,
    mutations: records.length * PAIR_UNITS.length,
    unavailable: Object.fromEntries(
      PAIR_UNITS.map((unit) => [
        unit,
        unavailable.filter((u) => u.unit === unit).reduce((sum, u) => sum + u.count, 0),
      ]),
    ),
    ms: performance.now() - start,
  };
}

/**
 * 3. One device of the unit writes 10 changes; returns a pull from the cursor before them (1000:
 * the unit's seeded rows), which answers exactly those 10 rows.
 */
async function prepareIncremental(url: string, code: string) {
  const device = await enrol(url, code);
  const changes = benchRecords(10);
  await push(url, device.token, device.clientId, toMutations(changes, INC_UNIT, device.clientId, 1));
  return async () => {
    const start = performance.now();
    const page = await pull(url, device.token, INC_UNIT, 1000, device.clientId);
    return { ms: performance.now() - start, rows: page.rows.length };
  };
}

/**
 * 3. The incremental pull on two servers at once, one whose D1 holds 10^4 answers and one whose
 * D1 holds 10^6, pulled in turns (which one goes first alternates) so that both see the same
 * moments of the machine: the median of {@link INCREMENTAL_PULLS} pulls each, after
 * {@link WARM_UP_PULLS} warm-up ones.
 */
async function benchIncremental(smallUrl: string, largeUrl: string) {
  const pulls = [
    await prepareIncremental(smallUrl, 'BENCH-INC-1'),
    await prepareIncremental(largeUrl, 'BENCH-INC-1'),
  ];
  const times: [number[], number[]] = [[], []];
  const rows = [0, 0];
  for (let k = 0; k < WARM_UP_PULLS + INCREMENTAL_PULLS; k += 1) {
    for (const which of k % 2 === 0 ? [0, 1] : [1, 0]) {
      const result = await pulls[which]!();
      if (k >= WARM_UP_PULLS) times[which]!.push(result.ms);
      rows[which] = result.rows;
    }
  }
  return { smallMs: median(times[0]), largeMs: median(times[1]), smallRows: rows[0]!, largeRows: rows[1]! };
}

/**
 * Runs the sync measures against real `wrangler dev` servers with local D1 on `ports`. D1 is
 * seeded by SQL before a server starts (test/bench/seed-sql.ts): one state for the push, initial
 * pull and two-units measures on the first port; then one of 10^4 and one of 10^6 answers for the
 * incremental pull, served side by side on both ports.
 */
export async function benchSyncWrangler(
  ports: [number, number],
  records: BenchRecord[],
): Promise<WranglerSyncResult> {
  const wall = Date.now() - 3_600_000;
  const codes = {
    push: 'BENCH-PUSH-1',
    pullHttp: 'BENCH-PULL-1',
    pullClient: 'BENCH-PULL-2',
  };
  const pairCodes = Object.fromEntries(
    PAIR_UNITS.map((unit) => [
      unit,
      Array.from({ length: PAIR_DEVICES }, (_, d) => `${unit.toUpperCase()}-${d + 1}`),
    ]),
  );
  const main = createSeededWorker(ports[0]);
  let push: WranglerSyncResult['push'];
  let initialPull: WranglerSyncResult['initialPull'];
  let twoUnits: WranglerSyncResult['twoUnits'];
  try {
    main.execute(
      [
        proceduresSql(500),
        unitSql(PUSH_UNIT, 500),
        await enrolCodeSql(PUSH_UNIT, codes.push),
        unitSql(PULL_UNIT, 300),
        await enrolCodeSql(PULL_UNIT, codes.pullHttp),
        await enrolCodeSql(PULL_UNIT, codes.pullClient),
        answersSql({ unit: PULL_UNIT, rowsPerUnit: PULL_ROWS, wall }),
        ...(await Promise.all(
          PAIR_UNITS.map(async (unit) =>
            [
              unitSql(unit, 500),
              ...(await Promise.all(pairCodes[unit]!.map((code) => enrolCodeSql(unit, code)))),
            ].join('\n'),
          ),
        )),
      ].join('\n'),
    );
    await main.start();
    push = await benchClientPush(main.url, codes.push, records);
    initialPull = await benchInitialPull(main.url, codes.pullHttp, codes.pullClient);
    twoUnits = await benchTwoUnits(main.url, pairCodes);
  } finally {
    await main.dispose();
  }

  const small = createSeededWorker(ports[0]);
  const large = createSeededWorker(ports[1]);
  try {
    // 10^4 answers: the measured unit's 1,000 and 9 other units' 1,000 each.
    const base = [
      proceduresSql(30),
      unitSql(INC_UNIT, 30),
      await enrolCodeSql(INC_UNIT, 'BENCH-INC-1'),
      answersSql({ unit: INC_UNIT, rowsPerUnit: 1000, wall }),
      answersSql({ unit: { prefix: 'bulk-', first: 1, units: 9 }, rowsPerUnit: 1000, wall }),
    ].join('\n');
    small.execute(base);
    large.execute(base);
    // 10^6 answers: 990 more units of 1,000, in one statement.
    const seedStart = performance.now();
    large.execute(answersSql({ unit: { prefix: 'bulk-', first: 10, units: 990 }, rowsPerUnit: 1000, wall }));
    const seedMs = performance.now() - seedStart;
    await small.start();
    await large.start();
    return {
      push,
      initialPull,
      twoUnits,
      incremental: { changes: 10, seedMs, ...(await benchIncremental(small.url, large.url)) },
    };
  } finally {
    await small.dispose();
    await large.dispose();
  }
}
