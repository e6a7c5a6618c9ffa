import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../extension/db/database.ts';
import { localizeStoredReasons } from '../../../extension/db/localize-stored-reasons.ts';
import { makeFacts } from '../../fixtures/make-facts.ts';

/** The schema of version 5, as extensions before bilingual reasons opened it. */
function openVersion5(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    catalogue: 'key, code',
    answers: '[subject+itemId], subject, updatedAt',
    scans: '[code+kind], code, capturedAt, tabId',
    outbox: '++seq',
    meta: 'key',
  });
  db.version(2).stores({ siteScans: 'url, capturedAt, *codes' });
  db.version(3).stores({ baselines: '[subject+kind], subject' });
  db.version(4).stores({ conflicts: '++id, [subject+itemId], recordedAt' });
  db.version(5).stores({ outbox: '++seq, hlc, [subject+itemId]' });
  return db;
}

describe('localizeStoredReasons', () => {
  it('reads a string reason as Vietnamese with the English falling back to it, and keeps bilingual ones', () => {
    const both = { vi: 'Có tên thủ tục.', en: 'The page states the procedure name.' };
    expect(
      localizeStoredReasons({
        P08: { status: 'dat', evidence: null, reason: 'Có tên thủ tục.' },
        P09: { status: 'dat', evidence: null, reason: both },
        P10: { status: 'chua_kiem_tra', evidence: null, reason: null },
      }),
    ).toEqual({
      P08: { status: 'dat', evidence: null, reason: { vi: 'Có tên thủ tục.', en: 'Có tên thủ tục.' } },
      P09: { status: 'dat', evidence: null, reason: both },
      P10: { status: 'chua_kiem_tra', evidence: null, reason: { vi: '', en: '' } },
    });
  });

  it('upgrades the scans and site scans an older version stored (database version 7)', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = openVersion5(name);
    const facts = makeFacts();
    await old.table('scans').put({
      code: '2.002481',
      kind: 'portal-json',
      url: facts.source.url,
      facts,
      results: {
        P08: { status: 'dat', evidence: { text: facts.name, at: 'data.name' }, reason: 'Có tên thủ tục.' },
        P07: { status: 'chua_kiem_tra', evidence: null, reason: 'Cần kiểm tra lại', recheck: ['fees'] },
      },
      hash: 'h',
      fingerprint: { hash: 'h', parts: {} },
      capturedAt: 1,
      tabId: null,
    });
    await old.table('siteScans').put({
      url: 'https://thcs.vn/',
      capturedAt: 1,
      listings: [],
      codes: [],
      unitItems: { U06: { status: 'dat', evidence: null, reason: 'Có lịch tiếp công dân.' } },
    });
    old.close();

    const db = createDatabase(name);
    const scan = await db.scans.get(['2.002481', 'portal-json']);
    expect(scan?.results.P08).toEqual({
      status: 'dat',
      evidence: { text: facts.name, at: 'data.name' },
      reason: { vi: 'Có tên thủ tục.', en: 'Có tên thủ tục.' },
    });
    expect(scan?.results.P07?.recheck).toEqual(['fees']);
    expect((await db.siteScans.get('https://thcs.vn/'))?.unitItems.U06?.reason).toEqual({
      vi: 'Có lịch tiếp công dân.',
      en: 'Có lịch tiếp công dân.',
    });
    db.close();
  });
});
