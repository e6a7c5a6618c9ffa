import { describe, expect, it } from 'vitest';
import { applyPulledRows } from '../../../extension/db/apply-pulled-rows.ts';
import { saveAnswer } from '../../../extension/db/save-answer.ts';
import { writeMeta } from '../../../extension/db/write-meta.ts';
import { recordScan } from '../../../extension/scan/record-scan.ts';
import { evaluateRules } from '../../../shared/checklist/evaluate-rules.ts';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { makeFacts } from '../../fixtures/make-facts.ts';
import { freshDatabase } from '../fresh-database.ts';

/** A moment in the protocol's range (shared/sync/bounds.ts); times in these tests count from it. */
const T = Date.UTC(2026, 11, 1);
// Decided on 1 March 2026 in Viet Nam: the portal stores 00:00 +07, 17:00 UTC the day before.
const facts = makeFacts({ decisionDate: Date.UTC(2026, 1, 28, 17) });
const CODE = facts.code!;
const UNIT = { id: 'u1', name: 'THCS Trường Sơn' };

const p23 = async (db: ReturnType<typeof freshDatabase>) =>
  (await db.scans.get([CODE, 'portal-json']))?.results.P23;

async function scanned() {
  const db = freshDatabase();
  await writeMeta(db, { unit: UNIT, serverUrl: 'https://sync.test', clientId: 'client-1' });
  await recordScan(db, { type: 'scan', url: facts.source.url, facts, results: evaluateRules(facts) }, 1);
  return db;
}

describe('posting dates and P23', () => {
  it('asks for the posting date until a person enters one', async () => {
    expect((await p23(await scanned()))?.status).toBe('chua_kiem_tra');
  });

  it("meets P23 once the posting is dated on or after the decision's day, and shows that day", async () => {
    const db = await scanned();
    await saveAnswer(db, { subject: CODE, itemId: 'P23', fields: { date: '2026-03-01' } }, T);
    expect(await p23(db)).toMatchObject({ status: 'dat', evidence: { text: '2026-03-01' } });
  });

  it('fails P23 when the posting is older than the decision, and a later P06 posting date counts', async () => {
    const db = await scanned();
    await saveAnswer(db, { subject: CODE, itemId: 'P23', fields: { date: '2026-02-28' } }, T);
    expect((await p23(db))?.status).toBe('chua_dat');
    await saveAnswer(db, { subject: CODE, itemId: 'P06', fields: { date: '2026-03-05' } }, T + 1_000);
    expect((await p23(db))?.status).toBe('dat');
  });

  it('judges again when another device entered the date', async () => {
    const db = await scanned();
    const stamp = encodeHlc({ wall: T, counter: 0, node: 'other' });
    await applyPulledRows(
      db,
      { serverUrl: 'https://sync.test', clientId: 'client-1', unit: UNIT },
      {
        v: 1,
        serverTime: T,
        cursor: 1,
        hasMore: false,
        lastSeq: 0,
        rows: [
          {
            unitId: UNIT.id,
            subject: CODE,
            itemId: 'P23',
            fields: { date: '2026-03-02' },
            clocks: { date: stamp },
            version: 1,
            deleted: false,
          },
        ],
      },
      T,
    );
    expect((await p23(db))?.status).toBe('dat');
  });
});
