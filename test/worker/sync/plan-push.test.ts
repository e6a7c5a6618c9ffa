import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import type { SyncRow } from '../../../shared/sync/protocol.ts';
import { type PushState, rowKey } from '../../../worker/db/read-push-state.ts';
import { planPush } from '../../../worker/sync/plan-push.ts';
import { mutation, stamp } from '../sync-fixtures.ts';

const state = (over: Partial<PushState> = {}): PushState => ({
  counter: 100,
  client: null,
  held: new Map(),
  assigned: new Set(['test-proc-a']),
  photos: new Set(),
  ...over,
});

describe('planPush', () => {
  it('hands out consecutive versions after the counter, one per applied mutation', () => {
    const plan = planPush({
      unitId: 'u',
      now: Date.now(),
      state: state(),
      mutations: [
        mutation({ seq: 1, unitId: 'u', itemId: 'P01' }),
        mutation({ seq: 2, unitId: 'u', itemId: 'P99' }),
        mutation({ seq: 3, unitId: 'u', itemId: 'P02' }),
      ],
    });

    expect(plan.writes.map((row) => [row.itemId, row.version])).toEqual([
      ['P01', 101],
      ['P02', 102],
    ]);
    expect(plan.counter).toBe(102);
    expect(plan.lastSeq).toBe(3);
  });

  it('merges a second mutation of the same row in one push against the first', () => {
    const plan = planPush({
      unitId: 'u',
      now: Date.now(),
      state: state(),
      mutations: [
        mutation({ seq: 1, unitId: 'u', fields: { status: 'dat', note: 'n' }, hlc: stamp(-20) }),
        mutation({ seq: 2, unitId: 'u', fields: { status: 'chua_dat' }, hlc: stamp(-10) }),
      ],
    });

    expect(plan.results).toEqual([
      { seq: 1, status: 'applied' },
      { seq: 2, status: 'applied' },
    ]);
    // One row written per key, in the state the push leaves it, with the later version.
    expect(plan.writes).toEqual([
      expect.objectContaining({ fields: { status: 'chua_dat', note: 'n' }, version: 102 }),
    ]);
  });

  it('asks for the server row on every result that did not win in full', () => {
    const held: SyncRow = {
      unitId: 'u',
      subject: 'test-proc-a',
      itemId: 'P01',
      fields: { status: 'dat', note: 'held' },
      clocks: { status: stamp(-5, 'other'), note: stamp(-500, 'other') },
      version: 7,
      deleted: false,
    };
    const plan = planPush({
      unitId: 'u',
      now: Date.now(),
      state: state({ held: new Map([[rowKey('test-proc-a', 'P01'), held]]) }),
      mutations: [
        mutation({ seq: 1, unitId: 'u', fields: { status: 'chua_dat' }, hlc: stamp(-60) }),
        mutation({ seq: 2, unitId: 'u', fields: { status: 'chua_dat', note: 'new' }, hlc: stamp(-50) }),
        mutation({ seq: 3, unitId: 'u', itemId: 'P99' }),
        mutation({ seq: 4, unitId: 'u', itemId: 'P02', fields: { note: 'alone' }, hlc: stamp(-40) }),
        mutation({ seq: 5, unitId: 'u', subject: 'not-assigned' }),
      ],
    });

    expect(plan.results.map((result) => result.status)).toEqual([
      'superseded',
      'applied',
      'rejected',
      'applied',
      'rejected',
    ]);
    expect([...plan.needsRow]).toEqual([1, 2, 3, 5]);
  });

  it('marks a row whose content fields are all null as deleted (a tombstone)', () => {
    const plan = planPush({
      unitId: 'u',
      now: Date.now(),
      state: state(),
      mutations: [
        mutation({ seq: 1, unitId: 'u', fields: { status: 'dat' }, hlc: stamp(-20) }),
        mutation({
          seq: 2,
          unitId: 'u',
          fields: { status: null, note: null, evidence: null },
          hlc: stamp(-10),
        }),
      ],
    });

    expect(plan.writes).toEqual([expect.objectContaining({ deleted: true })]);
  });

  it('skips seqs at or below the acknowledged lastSeq, including a seq repeated in the push', () => {
    const plan = planPush({
      unitId: 'u',
      now: Date.now(),
      state: state({ client: { deviceId: 'd', lastSeq: 5 } }),
      mutations: [4, 5, 6, 6].map((seq) => mutation({ seq, unitId: 'u' })),
    });

    expect(plan.replayed).toEqual([4, 5, 6]);
    expect(plan.results.map((result) => result.seq)).toEqual([6]);
    expect(plan.lastSeq).toBe(6);
  });

  it('keeps a held field whose stamp is newer and logs it as lost', () => {
    const held: SyncRow = {
      unitId: 'u',
      subject: 'test-proc-a',
      itemId: 'P01',
      fields: { status: 'dat' },
      clocks: { status: stamp(0, 'other') },
      version: 7,
      deleted: false,
    };
    const plan = planPush({
      unitId: 'u',
      now: Date.now(),
      state: state({ held: new Map([[rowKey('test-proc-a', 'P01'), held]]) }),
      mutations: [mutation({ seq: 1, unitId: 'u', fields: { status: 'chua_dat' }, hlc: stamp(-60_000) })],
    });

    expect(plan.results).toEqual([{ seq: 1, status: 'superseded' }]);
    expect(plan.writes).toEqual([]);
    expect(plan.counter).toBe(100);
    expect(plan.log[0]).toMatchObject({
      status: 'superseded',
      oldFields: { status: 'dat' },
      lostFields: ['status'],
    });
  });

  it('allows a clock up to 60 s ahead and rejects one beyond', () => {
    const now = Date.now();
    const at = (aheadMs: number) => encodeHlc({ wall: now + aheadMs, counter: 0, node: 'client-a' });
    const plan = planPush({
      unitId: 'u',
      now,
      state: state(),
      mutations: [
        mutation({ seq: 1, unitId: 'u', itemId: 'P01', hlc: at(60_000) }),
        mutation({ seq: 2, unitId: 'u', itemId: 'P02', hlc: at(60_001) }),
      ],
    });

    expect(plan.results).toEqual([
      { seq: 1, status: 'applied' },
      { seq: 2, status: 'rejected', reason: 'clock_ahead' },
    ]);
  });
});
