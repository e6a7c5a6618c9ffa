import { describe, expect, it } from 'vitest';
import { applyPulledRows } from '../../../extension/db/apply-pulled-rows.ts';
import type { CongKhaiDatabase } from '../../../extension/db/database.ts';
import { readMeta } from '../../../extension/db/read-meta.ts';
import { saveAnswer } from '../../../extension/db/save-answer.ts';
import { writeMeta } from '../../../extension/db/write-meta.ts';
import { compareHlc, encodeHlc } from '../../../shared/sync/hlc.ts';
import type { PullResponse, SyncRow } from '../../../shared/sync/protocol.ts';
import { freshDatabase } from '../fresh-database.ts';

/** A moment in the protocol's range (shared/sync/bounds.ts); times in these tests count from it. */
const T = Date.UTC(2026, 11, 1);
const UNIT = { id: 'u1', name: 'Phường Gò Vấp' };
const ENROLMENT = { serverUrl: 'https://sync.test', clientId: 'client-1', unit: UNIT };
const stamp = (wall: number, node = 'other') => encodeHlc({ wall, counter: 0, node });
const row = (overrides: Partial<SyncRow>): SyncRow => ({
  unitId: UNIT.id,
  subject: '2.000815',
  itemId: 'P06',
  fields: {},
  clocks: {},
  version: 1,
  deleted: false,
  ...overrides,
});
const page = (rows: SyncRow[], cursor: number, serverTime = T + 10_000): PullResponse => ({
  v: 1,
  serverTime,
  rows,
  cursor,
  hasMore: false,
  lastSeq: 0,
});

async function enrolled(): Promise<CongKhaiDatabase> {
  const db = freshDatabase();
  await writeMeta(db, { unit: UNIT, serverUrl: ENROLMENT.serverUrl, clientId: ENROLMENT.clientId });
  return db;
}

describe('applyPulledRows', () => {
  it('does not overwrite a field that still has an unacknowledged local write', async () => {
    const db = await enrolled();
    await saveAnswer(db, { subject: '2.000815', itemId: 'P06', fields: { status: 'dat' } }, T + 1_000);

    // Even a newer server stamp waits: the server has not seen the local value yet.
    const pulled = row({
      fields: { status: 'chua_dat', note: 'từ máy khác' },
      clocks: { status: stamp(T + 9_000), note: stamp(T + 9_000) },
    });
    await applyPulledRows(db, ENROLMENT, page([pulled], 1), T + 10_000);

    const answer = await db.answers.get(['2.000815', 'P06']);
    expect(answer?.fields).toMatchObject({ status: 'dat', note: 'từ máy khác' });
  });

  it('moves the local clock past every pulled stamp, waiting fields included', async () => {
    const db = await enrolled();
    await saveAnswer(db, { subject: '2.000815', itemId: 'P06', fields: { status: 'dat' } }, T + 1_000);
    const ahead = stamp(T + 30_000, 'fast-device');

    await applyPulledRows(
      db,
      ENROLMENT,
      page([row({ fields: { status: 'chua_dat' }, clocks: { status: ahead } })], 1),
      T + 2_000,
    );
    const next = await saveAnswer(
      db,
      { subject: '2.000815', itemId: 'P07', fields: { status: 'dat' } },
      T + 3_000,
    );

    expect(compareHlc(next, ahead)).toBe(1);
  });

  it('applies a pulled field once its local write has been acknowledged', async () => {
    const db = await enrolled();
    await saveAnswer(db, { subject: '2.000815', itemId: 'P06', fields: { status: 'dat' } }, T + 1_000);
    await db.outbox.clear();
    await applyPulledRows(
      db,
      ENROLMENT,
      page([row({ fields: { status: 'chua_dat' }, clocks: { status: stamp(T + 2_000) } })], 1),
      T + 3_000,
    );
    expect((await db.answers.get(['2.000815', 'P06']))?.fields.status).toBe('chua_dat');
  });

  it('keeps a newer local value over an older pulled one', async () => {
    const db = await enrolled();
    await saveAnswer(db, { subject: '2.000815', itemId: 'P06', fields: { status: 'dat' } }, T + 5_000);
    await db.outbox.clear();
    await applyPulledRows(
      db,
      ENROLMENT,
      page([row({ fields: { status: 'chua_dat' }, clocks: { status: stamp(T + 1_000) } })], 1),
      T + 6_000,
    );
    expect((await db.answers.get(['2.000815', 'P06']))?.fields.status).toBe('dat');
  });

  it('only ever moves the cursor forward', async () => {
    const db = await enrolled();
    await applyPulledRows(db, ENROLMENT, page([], 7), T + 1_000);
    await applyPulledRows(db, ENROLMENT, page([], 3), T + 1_000);
    expect(await readMeta(db, 'cursor')).toBe(7);
  });

  it('ignores rows of another unit and clears an answer from a tombstone', async () => {
    const db = await enrolled();
    await applyPulledRows(
      db,
      ENROLMENT,
      page(
        [
          row({
            fields: { status: 'dat', note: 'n' },
            clocks: { status: stamp(T + 1_000), note: stamp(T + 1_000) },
          }),
        ],
        1,
      ),
      T + 2_000,
    );
    await applyPulledRows(
      db,
      ENROLMENT,
      page(
        [
          row({
            unitId: 'u2',
            itemId: 'P07',
            fields: { status: 'dat' },
            clocks: { status: stamp(T + 1_000) },
          }),
        ],
        2,
      ),
      T + 2_000,
    );
    expect(await db.answers.count()).toBe(1);

    const cleared = { status: null, note: null, evidence: null };
    const at = stamp(T + 1_500);
    await applyPulledRows(
      db,
      ENROLMENT,
      page(
        [row({ deleted: true, version: 3, fields: cleared, clocks: { status: at, note: at, evidence: at } })],
        3,
      ),
      T + 2_000,
    );
    expect((await db.answers.get(['2.000815', 'P06']))?.fields).toEqual(cleared);
  });

  it('drops a page pulled for an enrolment that is no longer the stored one, cursor included', async () => {
    const db = await enrolled();
    await applyPulledRows(db, ENROLMENT, page([], 4), T + 1_000);
    // The person enrolled again (a new client id) while this page was on its way.
    await writeMeta(db, { clientId: 'client-2' });

    const applied = await applyPulledRows(
      db,
      ENROLMENT,
      page([row({ fields: { status: 'dat' }, clocks: { status: stamp(T + 1_000) } })], 900),
      T + 2_000,
    );

    expect(applied).toBe(false);
    expect(await readMeta(db, 'cursor')).toBe(4);
    expect(await db.answers.count()).toBe(0);
  });
});
