import { describe, expect, it } from 'vitest';
import type { ScanRow } from '../../../../extension/db/database.ts';
import { saveAnswer } from '../../../../extension/db/save-answer.ts';
import { loadWorklist } from '../../../../extension/entrypoints/sidepanel/load-worklist.ts';
import { freshDatabase } from '../../fresh-database.ts';

const T = Date.UTC(2026, 11, 1);

describe('loadWorklist', () => {
  it('lists coded and uncoded procedures with their progress, re-check and portal page', async () => {
    const db = freshDatabase();
    await db.catalogue.bulkPut([
      { key: '2.002481', code: '2.002481', name: 'Chuyển trường', field: 'Giáo dục trung học', level: 'xã' },
      { key: 'hcm-gd-04', code: null, name: 'Tiếp nhận học sinh', field: 'Giáo dục trung học', level: 'xã' },
    ]);
    await saveAnswer(db, { subject: '2.002481', itemId: 'P08', fields: { status: 'dat' } }, T);
    await saveAnswer(db, { subject: '2.002481', itemId: 'P16', fields: { status: 'chua_dat' } }, T);
    await db.scans.put({
      code: '2.002481',
      kind: 'portal-json',
      url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc',
      results: {
        P07: { status: 'chua_kiem_tra', evidence: null, reason: { vi: '', en: '' }, recheck: ['fees'] },
      },
      capturedAt: T,
      tabId: null,
    } as unknown as ScanRow);

    const rows = await loadWorklist(db);

    expect(rows).toEqual([
      expect.objectContaining({
        key: '2.002481',
        progress: expect.objectContaining({ answered: 2, failing: 1, started: true }),
        recheck: true,
        portalUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc',
      }),
      expect.objectContaining({
        key: 'hcm-gd-04',
        code: null,
        recheck: false,
        portalUrl: null,
        progress: expect.objectContaining({ started: false }),
      }),
    ]);
  });
});
