import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../../extension/db/save-answer.ts';
import type { ScanMessage } from '../../../extension/messages/extension-message.ts';
import { recordScan } from '../../../extension/scan/record-scan.ts';
import { evaluateRules } from '../../../shared/checklist/evaluate-rules.ts';
import type { ProcedureFacts } from '../../../shared/procedure/procedure-facts.ts';
import { makeFacts, withPart } from '../../fixtures/make-facts.ts';
import { freshDatabase } from '../fresh-database.ts';

/** A moment in the protocol's range (shared/sync/bounds.ts); times in these tests count from it. */
const T = Date.UTC(2026, 11, 1);

const message = (facts: ProcedureFacts): ScanMessage => ({
  type: 'scan',
  url: facts.source.url,
  facts,
  results: evaluateRules(facts),
});

const v1 = withPart('fees', ['Không thu phí'], withPart('steps', ['Bước 1: Nộp hồ sơ'], makeFacts()));
const v2 = withPart('fees', ['20.000 đồng'], withPart('steps', ['Bước 1: Nộp hồ sơ trực tuyến'], v1));
const CODE = v1.code!;

const recheckOf = async (db: ReturnType<typeof freshDatabase>, kind = 'portal-json') => {
  const scan = await db.scans.get([CODE, kind]);
  return Object.fromEntries(
    Object.entries(scan?.results ?? {})
      .filter(([, result]) => result.recheck)
      .map(([id, result]) => [id, result.recheck]),
  );
};

describe('change watch', () => {
  it('records with the first answer which page it was given against', async () => {
    const db = freshDatabase();
    const scan = await recordScan(db, message(v1), 1);
    await saveAnswer(db, { subject: CODE, itemId: 'P06', fields: { status: 'dat' } }, T + 1_000);
    expect(await db.baselines.get([CODE, 'portal-json'])).toEqual({
      subject: CODE,
      kind: 'portal-json',
      fingerprint: scan.fingerprint,
      answeredAt: T + 1_000,
    });
  });

  it('marks P07 and P23 for re-checking, naming the parts, when the page changed since', async () => {
    const db = freshDatabase();
    await recordScan(db, message(v1), 1);
    await saveAnswer(db, { subject: CODE, itemId: 'P06', fields: { status: 'dat' } }, T + 1_000);
    expect(await recheckOf(db)).toEqual({});

    const changed = await recordScan(db, message(v2), 1);
    expect(await recheckOf(db)).toEqual({ P07: ['fees', 'steps'], P23: ['fees', 'steps'] });
    expect(changed.results.P07?.status).toBe('chua_kiem_tra');

    // A new decision and a newer portal update are changes too.
    await recordScan(
      db,
      message({ ...v2, decisionNumber: '99/QĐ-UBND', updatedAt: Date.UTC(2026, 0, 1) }),
      1,
    );
    expect((await recheckOf(db)).P07).toEqual(['fees', 'steps', 'decisionNumber', 'updatedAt']);
  });

  it('keeps the marker through other answers and clears it when P07 or P23 is answered', async () => {
    const db = freshDatabase();
    await recordScan(db, message(v1), 1);
    await saveAnswer(db, { subject: CODE, itemId: 'P06', fields: { status: 'dat' } }, T + 1_000);
    await recordScan(db, message(v2), 1);

    await saveAnswer(db, { subject: CODE, itemId: 'P16', fields: { note: 'đã xem' } }, T + 2_000);
    expect((await recheckOf(db)).P07).toEqual(['fees', 'steps']);
    expect((await db.baselines.get([CODE, 'portal-json']))?.answeredAt).toBe(T + 1_000);

    await saveAnswer(db, { subject: CODE, itemId: 'P07', fields: { status: 'dat' } }, T + 3_000);
    expect(await recheckOf(db)).toEqual({});
    expect(await db.baselines.get([CODE, 'portal-json'])).toMatchObject({ answeredAt: T + 3_000 });
    // And the next scan of the same page stays quiet.
    await recordScan(db, message(v2), 1);
    expect(await recheckOf(db)).toEqual({});
  });

  it('compares each page kind with its own baseline', async () => {
    const db = freshDatabase();
    const legacy = (facts: ProcedureFacts): ProcedureFacts => ({
      ...facts,
      source: { kind: 'portal-legacy', url: 'https://thutuc.dichvucong.gov.vn/p/home/x.html' },
    });
    await recordScan(db, message(v1), 1);
    await saveAnswer(db, { subject: CODE, itemId: 'P06', fields: { status: 'dat' } }, T + 1_000);
    // The legacy page words the steps differently: not a change of the portal record.
    await recordScan(db, message(legacy(v2)), 2);
    expect(await recheckOf(db, 'portal-legacy')).toEqual({});
    await saveAnswer(db, { subject: CODE, itemId: 'P08', fields: { status: 'dat' } }, T + 2_000);
    expect(await db.baselines.where('subject').equals(CODE).count()).toBe(2);
    await recordScan(db, message(legacy(v1)), 2);
    expect(await recheckOf(db, 'portal-legacy')).toEqual({ P07: ['fees', 'steps'], P23: ['fees', 'steps'] });
    expect(await recheckOf(db, 'portal-json')).toEqual({});
  });

  it('writes no baseline for unit items, nor when the answer itself is not written', async () => {
    const db = freshDatabase();
    await recordScan(db, message(v1), 1);
    await saveAnswer(db, { subject: '_unit', itemId: 'U01', fields: { status: 'dat' } }, T + 1_000);
    expect(await db.baselines.count()).toBe(0);

    db.outbox.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await expect(
      saveAnswer(db, { subject: CODE, itemId: 'P06', fields: { status: 'dat' } }, T + 2_000),
    ).rejects.toThrow();
    expect(await db.baselines.count()).toBe(0);
  });

  it('keeps judging with the unit catalogue', async () => {
    const db = freshDatabase();
    await db.catalogue.put({ key: CODE, code: CODE, name: v1.name ?? '', field: 'Giáo dục', level: 'Xã' });
    await recordScan(db, message(v1), 1);
    await saveAnswer(db, { subject: CODE, itemId: 'P06', fields: { status: 'dat' } }, T + 1_000);
    await recordScan(db, message(v2), 1);
    await saveAnswer(db, { subject: CODE, itemId: 'P23', fields: { status: 'dat' } }, T + 2_000);
    const scan = await db.scans.get([CODE, 'portal-json']);
    expect(scan?.results.P01?.status).toBe('dat');
    expect(scan?.results.P07?.recheck).toBeUndefined();
  });
});
