import { describe, expect, it } from 'vitest';
import { unitSiteReason } from '../../../extension/site/unit-site-reason.ts';
import type { Localized } from '../../../shared/text/localized.ts';

describe('unitSiteReason', () => {
  const found = { vi: 'Có lịch tiếp công dân.', en: 'The citizen-reception schedule is published.' };

  it('names the page that showed the evidence, in both languages', () => {
    const reason = unitSiteReason({
      result: { status: 'dat', evidence: null, reason: found },
      url: 'https://a.vn/lich',
      pages: 3,
    });
    expect(reason).toEqual({
      vi: 'Có lịch tiếp công dân. Trang: https://a.vn/lich',
      en: 'The citizen-reception schedule is published. Page: https://a.vn/lich',
    });
  });

  it('says how many pages were scanned without finding it', () => {
    const reason = unitSiteReason({
      result: { status: 'chua_kiem_tra', evidence: null, reason: { vi: 'Chưa thấy.', en: 'Not found.' } },
      url: 'https://a.vn/',
      pages: 2,
    });
    expect(reason.en).toBe('Not found. (2 pages scanned)');
    expect(reason.vi).toBe('Chưa thấy. (2 trang đã quét)');
  });

  it('shows a reason held as a Vietnamese string (as stored before version 7) in both languages', () => {
    const stored = 'Có lịch tiếp công dân.' as unknown as Localized;
    const reason = unitSiteReason({
      result: { status: 'dat', evidence: null, reason: stored },
      url: 'https://a.vn/lich',
      pages: 1,
    });
    expect(reason.en).toBe('Có lịch tiếp công dân. Page: https://a.vn/lich');
  });
});
