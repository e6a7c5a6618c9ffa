import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../extension/db/read-meta.ts';
import { enrollDevice } from '../../extension/sync/enroll-device.ts';
import { ITEM_STATUSES } from '../../shared/checklist/item-status.ts';
import type { AnswerField } from '../../shared/sync/answer-fields.ts';
import { compareHlc } from '../../shared/sync/hlc.ts';
import { seedTestUnit } from '../worker/seed-test-unit.ts';
import { mutation } from '../worker/sync-fixtures.ts';
import { jsonInit } from '../worker/worker-fetch.ts';
import { type Fault, FaultyNetwork } from './support/faulty-network.ts';
import { serverRows } from './support/server-rows.ts';
import { createSyncDevice, localRows, SERVER_URL, type SyncDevice, toWorker } from './support/sync-device.ts';

/**
 * docs/architecture.md §3, each guarantee checked after every generated run: 2–5 devices of one
 * unit and one device of another edit and clear a few shared answers with skewed clocks, sync
 * through a network that loses, duplicates and delays requests, and re-enrol mid-sync. After
 * quiescence: no write the server applied is lost, every device equals the server, replaying any
 * push changes nothing, cursors only grew, outboxes are empty, and the other unit is untouched.
 *
 * `npm test` runs {@link BATCHES} × {@link RUNS_PER_BATCH} runs; `npm run test:soak` raises the
 * batch count (the `SOAK_BATCHES` binding) to 100.
 */
const RUNS_PER_BATCH = 100;
const BATCHES = Number((env as { SOAK_BATCHES?: string }).SOAK_BATCHES ?? 2);
/** The soak splits its batches over processes: each runs batches from its own first one on. */
const FIRST_BATCH = Number((env as { SOAK_FIRST_BATCH?: string }).SOAK_FIRST_BATCH ?? 0);

/** Few keys, so devices write the same answers and conflict. */
const KEYS = [
  ['test-proc-a', 'P01'],
  ['test-proc-a', 'P02'],
  ['test-proc-b', 'P01'],
  ['_unit', 'U01'],
] as const;

/** Device clocks: right, slightly off (within the 60 s tolerance), and wrong either way. */
const SKEWS = [0, 0, 20_000, -45_000, 5 * 60_000, -3 * 3_600_000, 86_400_000, -86_400_000];
const FAULTS: (Fault | null)[] = [
  null,
  null,
  'lose-request',
  'lose-response',
  'duplicate',
  'delay',
  'reenrol',
  'edit',
];

type Command =
  | {
      kind: 'edit';
      device: number;
      key: number;
      fields: { status?: (typeof ITEM_STATUSES)[number]; note?: string };
    }
  | { kind: 'clear'; device: number; key: number }
  | {
      kind: 'sync';
      device: number;
      fault: Fault | null;
      at: number;
      key: number;
      status: (typeof ITEM_STATUSES)[number];
    }
  | { kind: 'skew'; device: number; skewMs: number }
  | { kind: 'attack'; device: number }
  | { kind: 'deliver' };

const device = fc.nat(5);
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      key: fc.nat(KEYS.length - 1),
      fields: fc
        .record(
          { status: fc.constantFrom(...ITEM_STATUSES), note: fc.string({ maxLength: 6 }) },
          { requiredKeys: [] },
        )
        .filter((fields) => Object.keys(fields).length > 0),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('clear' as const), device, key: fc.nat(KEYS.length - 1) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      fault: fc.constantFrom(...FAULTS),
      at: fc.nat(3),
      // What the person answers when the fault is `edit`.
      key: fc.nat(KEYS.length - 1),
      status: fc.constantFrom(...ITEM_STATUSES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('skew' as const), device, skewMs: fc.constantFrom(...SKEWS) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('attack' as const), device }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deliver' as const }) },
);

const scenario = fc.record({
  skews: fc.array(fc.constantFrom(...SKEWS), { minLength: 2, maxLength: 5 }),
  commands: fc.array(command, { minLength: 1, maxLength: 14 }),
});

/** What a push could have changed, to compare before and after replaying every push. */
async function snapshot(unitIds: string[]) {
  const list = JSON.stringify(unitIds);
  const read = async (sql: string) => (await env.DB.prepare(sql).bind(list).all()).results;
  return {
    answers: await read(
      'SELECT * FROM answer WHERE unit_id IN (SELECT value FROM json_each(?1)) ORDER BY unit_id, subject, item_id',
    ),
    log: await read(
      'SELECT * FROM change_log WHERE unit_id IN (SELECT value FROM json_each(?1)) ORDER BY id',
    ),
    counters: await read(
      'SELECT * FROM unit_counter WHERE unit_id IN (SELECT value FROM json_each(?1)) ORDER BY unit_id',
    ),
    clients: await read(
      'SELECT c.* FROM client c JOIN device d ON d.id = c.device_id WHERE d.unit_id IN (SELECT value FROM json_each(?1)) ORDER BY c.id',
    ),
  };
}

async function run(
  { skews, commands }: { skews: number[]; commands: Command[] },
  opened: SyncDevice[],
): Promise<void> {
  const unit = await seedTestUnit();
  const other = await seedTestUnit();
  const network = new FaultyNetwork();
  const enrolFresh = async (profile: SyncDevice, code: string) => {
    await enrollDevice(profile.db, toWorker, SERVER_URL, code, profile.name, profile.now);
  };

  const devices = skews.map((skew, i) => createSyncDevice(`u${i}`, skew));
  const outsider = createSyncDevice('x');
  const everyone = [...devices, outsider];
  opened.push(...everyone);
  /** Every answer a person gave, to find each one in the server's record at the end. */
  const saves: { unitId: string; subject: string; itemId: string; fields: Record<string, unknown> }[] = [];
  const save = async (
    profile: SyncDevice,
    key: number,
    fields: Extract<Command, { kind: 'edit' }>['fields'] | null,
  ) => {
    const [subject, itemId] = KEYS[key]!;
    const unitId = profile === outsider ? other.unitId : unit.unitId;
    if (fields) await profile.save(subject, itemId, fields);
    else await profile.clear(subject, itemId);
    saves.push({ unitId, subject, itemId, fields: fields ?? { status: null, note: null, evidence: null } });
  };
  let pendingEdit: { key: number; status: (typeof ITEM_STATUSES)[number] } = { key: 0, status: 'dat' };
  for (const profile of everyone) {
    const owner = profile === outsider ? other : unit;
    await enrolFresh(profile, await owner.newCode());
    profile.fetch = network.fetchFor(profile.name, {
      reenrol: async () => enrolFresh(profile, await owner.newCode()),
      edit: () => save(profile, pendingEdit.key, { status: pendingEdit.status }),
    });
  }
  const cursors = new Map<SyncDevice, number>();
  const checkCursors = async () => {
    for (const profile of everyone) {
      const cursor = (await readMeta(profile.db, 'cursor')) ?? 0;
      expect(cursor, `${profile.name}'s cursor went back`).toBeGreaterThanOrEqual(cursors.get(profile) ?? 0);
      cursors.set(profile, cursor);
    }
  };

  for (const step of commands) {
    const profile = step.kind === 'deliver' ? null : everyone[step.device % everyone.length]!;
    switch (step.kind) {
      case 'edit':
        await save(profile!, step.key, step.fields);
        break;
      case 'clear':
        await save(profile!, step.key, null);
        break;
      case 'sync':
        pendingEdit = { key: step.key, status: step.status };
        if (step.fault) network.arm(profile!.name, step.fault, step.at);
        await profile!.sync();
        network.disarm();
        break;
      case 'skew':
        profile!.skewMs = step.skewMs;
        break;
      case 'attack': {
        // A device of one unit tries to write into the other unit with its own token.
        const target = profile === outsider ? unit : other;
        const token = (await readMeta(profile!.db, 'token'))!;
        await toWorker(
          new Request(
            `${SERVER_URL}/api/v1/sync/push`,
            jsonInit(
              'POST',
              {
                v: 1,
                clientId: `attack-${crypto.randomUUID().slice(0, 8)}`,
                mutations: [mutation({ seq: 1, unitId: target.unitId })],
              },
              token,
            ),
          ),
        );
        break;
      }
      case 'deliver':
        await network.flush();
        break;
    }
    await checkCursors();
  }

  // Quiescence: the network heals, held-back requests arrive, everyone syncs twice.
  await network.flush();
  for (let round = 0; round < 2; round++) {
    for (const profile of everyone) expect((await profile.sync()).status, profile.name).toBe('synced');
    if (round === 0)
      for (const profile of everyone)
        expect(await profile.db.outbox.count(), `${profile.name}'s outbox`).toBe(0);
  }
  await checkCursors();

  // Every device equals the server; the other unit holds exactly what its own device wrote.
  const held = await serverRows(unit.unitId);
  for (const profile of devices) expect(await localRows(profile.db), profile.name).toEqual(held);
  expect(await localRows(outsider.db), outsider.name).toEqual(await serverRows(other.unitId));
  const { strangers } = (await env.DB.prepare(
    `SELECT count(*) AS strangers FROM change_log c JOIN device d ON d.id = c.device_id
     WHERE c.unit_id = ?1 AND d.unit_id <> ?1`,
  )
    .bind(other.unitId)
    .first<{ strangers: number }>())!;
  expect(strangers).toBe(0);

  // No write the server applied is lost: each field holds it or a newer stamp.
  const rows = new Map([
    ...held.map((row) => [`${unit.unitId}|${row.key}`, row] as const),
    ...(await serverRows(other.unitId)).map((row) => [`${other.unitId}|${row.key}`, row] as const),
  ]);
  for (const { mutation: write } of network.acknowledged) {
    const row = rows.get(`${write.unitId}|${write.subject}|${write.itemId}`);
    for (const [field, value] of Object.entries(write.fields) as [AnswerField, unknown][]) {
      const stamp = row?.clocks[field];
      expect(stamp, `${write.subject}|${write.itemId}.${field}`).toBeDefined();
      const order = compareHlc(stamp!, write.hlc);
      expect(order).toBeGreaterThanOrEqual(0);
      if (order === 0) expect(row!.fields[field]).toEqual(value);
    }
  }

  // Nothing a person answered vanished unrecorded: each answer reached the server's log as a
  // write that was applied or lost to a newer one (a refused one is sent again, see clock_ahead).
  const { results: logged } = await env.DB.prepare(
    `SELECT unit_id AS unitId, subject, item_id AS itemId, new_fields AS fields FROM change_log
     WHERE unit_id IN (?1, ?2) AND status IN ('applied', 'superseded')`,
  )
    .bind(unit.unitId, other.unitId)
    .all<{ unitId: string; subject: string; itemId: string; fields: string }>();
  const recorded = logged.map((row) => ({
    ...row,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
  }));
  for (const answer of saves)
    expect(
      recorded.some(
        (entry) =>
          entry.unitId === answer.unitId &&
          entry.subject === answer.subject &&
          entry.itemId === answer.itemId &&
          Object.entries(answer.fields).every(([field, value]) => entry.fields[field] === value),
      ),
      `${answer.subject}|${answer.itemId} ${JSON.stringify(answer.fields)} was never recorded`,
    ).toBe(true);

  // Replaying any push that reached the server changes nothing.
  const before = await snapshot([unit.unitId, other.unitId]);
  for (const push of network.delivered)
    await toWorker(
      new Request(`${SERVER_URL}/api/v1/sync/push`, {
        method: 'POST',
        headers: push.headers,
        body: push.body,
      }),
    );
  expect(await snapshot([unit.unitId, other.unitId])).toEqual(before);
}

/** Runs a scenario, then deletes its devices' databases: thousands of runs must not pile them up. */
async function runAndClean(scenario: { skews: number[]; commands: Command[] }): Promise<void> {
  const opened: SyncDevice[] = [];
  try {
    await run(scenario, opened);
  } finally {
    await Promise.all(opened.map((profile) => profile.db.delete()));
  }
}

describe('sync convergence (property, real worker)', () => {
  it.each(Array.from({ length: BATCHES }, (_, i) => FIRST_BATCH + i))(
    `holds the guarantees over ${RUNS_PER_BATCH} generated runs (batch %i)`,
    async (batch) => {
      await fc.assert(fc.asyncProperty(scenario, runAndClean), {
        numRuns: RUNS_PER_BATCH,
        seed: Number((env as { SOAK_SEED?: string }).SOAK_SEED ?? 0x5eed) + batch,
      });
    },
  );
});
