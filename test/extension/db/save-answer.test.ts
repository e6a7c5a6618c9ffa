import { describe, expect, it } from 'vitest';
import { InvalidAnswerError, saveAnswer } from '../../../extension/db/save-answer.ts';
import { TEMPLATE_VERSION } from '../../../shared/checklist/checklist-items.ts';
import { compareHlc, decodeHlc } from '../../../shared/sync/hlc.ts';
import { freshDatabase } from '../fresh-database.ts';

/** A moment in the protocol's range (shared/sync/bounds.ts); times in these tests count from it. */
const T = Date.UTC(2026, 11, 1);

describe('saveAnswer', () => {
  it('writes the answer and its outbox mutation with the same stamp', async () => {
    const db = freshDatabase();
    await db.meta.put({ key: 'unit', value: { id: 'u1', name: 'THCS Phan Tây Hồ' } });
    const hlc = await saveAnswer(
      db,
      { subject: '2.000815', itemId: 'P06', fields: { status: 'dat' } },
      T + 1_000,
    );

    const answer = await db.answers.get(['2.000815', 'P06']);
    expect(answer?.fields).toMatchObject({
      status: 'dat',
      checkedAt: T + 1_000,
      templateVersion: TEMPLATE_VERSION,
    });
    expect(answer?.clocks.status).toBe(hlc);
    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      expect.objectContaining({ seq: 1, unitId: 'u1', subject: '2.000815', itemId: 'P06', hlc }),
    ]);
    expect(outbox[0]?.fields.status).toBe('dat');
    expect(decodeHlc(hlc).node).toBe((await db.meta.get('clientId'))?.value);
  });

  it('writes neither the answer nor the clock when the outbox write fails', async () => {
    const db = freshDatabase();
    await saveAnswer(db, { subject: '2.000815', itemId: 'P06', fields: { status: 'dat' } }, T + 1_000);
    const clockBefore = (await db.meta.get('hlc'))?.value;
    db.outbox.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });

    await expect(
      saveAnswer(
        db,
        { subject: '2.000815', itemId: 'P06', fields: { status: 'chua_dat', note: 'bảng cũ' } },
        T + 2_000,
      ),
    ).rejects.toThrow();
    await expect(
      saveAnswer(db, { subject: '2.000815', itemId: 'P07', fields: { status: 'dat' } }, T + 3_000),
    ).rejects.toThrow();

    expect((await db.answers.get(['2.000815', 'P06']))?.fields).toMatchObject({
      status: 'dat',
      checkedAt: T + 1_000,
    });
    expect(await db.answers.get(['2.000815', 'P07'])).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
    expect((await db.meta.get('hlc'))?.value).toBe(clockBefore);
  });

  it('issues strictly increasing stamps, even when the wall clock goes back', async () => {
    const db = freshDatabase();
    const stamps: string[] = [];
    for (const now of [T + 5_000, T + 5_000, T + 4_000, T + 6_000, T + 6_000]) {
      stamps.push(await saveAnswer(db, { subject: '_unit', itemId: 'U01', fields: { status: 'dat' } }, now));
    }
    for (let i = 1; i < stamps.length; i++) expect(compareHlc(stamps[i]!, stamps[i - 1]!)).toBe(1);
    expect((await db.outbox.toArray()).map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the other fields when only the note changes', async () => {
    const db = freshDatabase();
    await saveAnswer(db, { subject: '2.000815', itemId: 'P06', fields: { status: 'chua_dat' } }, T + 1_000);
    await saveAnswer(
      db,
      { subject: '2.000815', itemId: 'P06', fields: { note: 'Bảng niêm yết cũ' } },
      T + 2_000,
    );
    const answer = await db.answers.get(['2.000815', 'P06']);
    expect(answer?.fields).toMatchObject({
      status: 'chua_dat',
      note: 'Bảng niêm yết cũ',
      checkedAt: T + 2_000,
    });
    expect((await db.outbox.toArray()).map((entry) => Object.keys(entry.fields).sort())).toEqual([
      ['checkedAt', 'checkedBy', 'status', 'templateVersion'],
      ['checkedAt', 'checkedBy', 'note', 'templateVersion'],
    ]);
  });
});

describe('saveAnswer refuses what the server could never accept', () => {
  it.each([
    [
      'a page known only by its URL',
      {
        subject: 'https://dichvucong.gov.vn/p/home/x.html',
        itemId: 'P06',
        fields: { status: 'dat' as const },
      },
    ],
    ['a note over the limit', { subject: '2.000815', itemId: 'P06', fields: { note: 'x'.repeat(2001) } }],
    ['an unknown item id', { subject: '2.000815', itemId: 'X1', fields: { status: 'dat' as const } }],
  ])('%s: nothing is written', async (_label, input) => {
    const db = freshDatabase();
    await expect(saveAnswer(db, input)).rejects.toBeInstanceOf(InvalidAnswerError);
    expect(await db.answers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
