import { describe, expect, it } from 'vitest';
import { acceptAutomatic, undoAutomatic } from '../../../extension/db/accept-automatic.ts';
import { saveAnswer } from '../../../extension/db/save-answer.ts';
import type { RuleResult } from '../../../shared/checklist/rule.ts';
import { freshDatabase } from '../fresh-database.ts';

const T = Date.UTC(2026, 11, 1);
const SUBJECT = '2.000815';
const result = (status: RuleResult['status'], text = 'trích dẫn'): RuleResult => ({
  status,
  evidence: { text, at: 'data.fees[0]' },
  reason: { vi: 'lý do', en: 'a reason' },
});
const statusOf = async (db: ReturnType<typeof freshDatabase>, itemId: string) =>
  (await db.answers.get([SUBJECT, itemId]))?.fields;

describe('acceptAutomatic', () => {
  it('answers every decided item not yet answered, with its evidence, and leaves the person’s answers alone', async () => {
    const db = freshDatabase();
    await saveAnswer(db, { subject: SUBJECT, itemId: 'P09', fields: { status: 'chua_dat' } }, T);

    const filled = await acceptAutomatic(
      db,
      SUBJECT,
      {
        P08: result('dat', 'Chứng thực bản sao'),
        P09: result('dat'),
        P16: result('chua_dat'),
        P04: result('chua_kiem_tra'),
      },
      T + 1000,
    );

    expect(filled).toBe(2);
    expect(await statusOf(db, 'P08')).toMatchObject({ status: 'dat', evidence: 'Chứng thực bản sao' });
    expect(await statusOf(db, 'P09')).toMatchObject({ status: 'chua_dat' });
    expect(await statusOf(db, 'P16')).toMatchObject({ status: 'chua_dat' });
    expect(await statusOf(db, 'P04')).toBeUndefined();
    expect(await db.outbox.count()).toBe(3);
  });

  it('is undone in one step, except items the person answered since', async () => {
    const db = freshDatabase();
    await acceptAutomatic(
      db,
      SUBJECT,
      { P08: result('dat'), P10: result('dat'), P16: result('chua_dat') },
      T,
    );
    await saveAnswer(db, { subject: SUBJECT, itemId: 'P10', fields: { status: 'chua_dat' } }, T + 1000);

    const undone = await undoAutomatic(db, T + 2000);

    expect(undone).toBe(2);
    expect(await statusOf(db, 'P08')).toMatchObject({ status: null, evidence: null });
    expect(await statusOf(db, 'P10')).toMatchObject({ status: 'chua_dat' });
    expect(await statusOf(db, 'P16')).toMatchObject({ status: null });
    expect(await undoAutomatic(db, T + 3000)).toBe(0);
  });
});
