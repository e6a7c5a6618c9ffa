import { describe, expect, it } from 'vitest';
import { applyPulledRows } from '../../../extension/db/apply-pulled-rows.ts';
import { readMeta } from '../../../extension/db/read-meta.ts';
import { saveAnswer } from '../../../extension/db/save-answer.ts';
import { writeMeta } from '../../../extension/db/write-meta.ts';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import type { PullResponse, SyncRow } from '../../../shared/sync/protocol.ts';
import { freshDatabase } from '../fresh-database.ts';

const UNIT = { id: 'u1', name: 'Phường Gò Vấp' };
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
const page = (rows: SyncRow[], cursor: number): PullResponse => ({
  v: 1,
  rows,
  cursor,
  hasMore: false,
  lastSeq: 0,
});

describe('applyPulledRows', () => {
  it('does not overwrite a field that still has an unacknowledged local write', async () => {
    const db = freshDatabase();
    await writeMeta(db, { unit: UNIT });
    await saveAnswer(db, { subject: '2.000815', itemId: 'P06', fields: { status: 'dat' } }, 1_000);

    // Even a newer server stamp waits: the server has not seen the local value yet.
    const pulled = row({
      fields: { status: 'chua_dat', note: 'từ máy khác' },
      clocks: { status: stamp(9_000), note: stamp(9_000) },
    });
    await applyPulledRows(db, page([pulled], 1), 10_000);

    const answer = await db.answers.get(['2.000815', 'P06']);
    expect(answer?.fields).toMatchObject({ status: 'dat', note: 'từ máy khác' });
  });

  it('applies a pulled field once its local write has been acknowledged', async () => {
    const db = freshDatabase();
    await writeMeta(db, { unit: UNIT });
    await saveAnswer(db, { subject: '2.000815', itemId: 'P06', fields: { status: 'dat' } }, 1_000);
    await db.outbox.clear();
    await applyPulledRows(
      db,
      page([row({ fields: { status: 'chua_dat' }, clocks: { status: stamp(2_000) } })], 1),
      3_000,
    );
    expect((await db.answers.get(['2.000815', 'P06']))?.fields.status).toBe('chua_dat');
  });

  it('keeps a newer local value over an older pulled one', async () => {
    const db = freshDatabase();
    await writeMeta(db, { unit: UNIT });
    await saveAnswer(db, { subject: '2.000815', itemId: 'P06', fields: { status: 'dat' } }, 5_000);
    await db.outbox.clear();
    await applyPulledRows(
      db,
      page([row({ fields: { status: 'chua_dat' }, clocks: { status: stamp(1_000) } })], 1),
      6_000,
    );
    expect((await db.answers.get(['2.000815', 'P06']))?.fields.status).toBe('dat');
  });

  it('only ever moves the cursor forward', async () => {
    const db = freshDatabase();
    await writeMeta(db, { unit: UNIT });
    await applyPulledRows(db, page([], 7), 1_000);
    await applyPulledRows(db, page([], 3), 1_000);
    expect(await readMeta(db, 'cursor')).toBe(7);
  });

  it('ignores rows of another unit and removes tombstoned answers', async () => {
    const db = freshDatabase();
    await writeMeta(db, { unit: UNIT });
    await applyPulledRows(
      db,
      page([row({ fields: { status: 'dat' }, clocks: { status: stamp(1_000) } })], 1),
      2_000,
    );
    await applyPulledRows(
      db,
      page(
        [row({ unitId: 'u2', itemId: 'P07', fields: { status: 'dat' }, clocks: { status: stamp(1_000) } })],
        2,
      ),
      2_000,
    );
    expect(await db.answers.count()).toBe(1);
    await applyPulledRows(db, page([row({ deleted: true, version: 3 })], 3), 2_000);
    expect(await db.answers.count()).toBe(0);
  });
});
