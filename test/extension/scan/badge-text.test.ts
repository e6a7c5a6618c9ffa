import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../extension/scan/badge-text.ts';
import type { RuleResult } from '../../../shared/checklist/rule.ts';

const result = (status: RuleResult['status']): RuleResult => ({
  status,
  evidence: null,
  reason: { vi: '', en: '' },
});

describe('badgeText', () => {
  it('says what the page met, names what it found missing, and counts what is left to the person', () => {
    const text = badgeText({
      P06: result('chua_kiem_tra'),
      P08: result('dat'),
      P12: result('chua_dat'),
      P14: result('chua_dat'),
      P15: result('dat'),
      P16: result('chua_dat'),
      P22: result('khong_ap_dung'),
    });
    // 23 procedure items: 2 met, 3 not met, 1 not applicable → 17 left.
    expect(text).toBe(
      '2 đạt tự động · 3 chưa đạt: thời hạn giải quyết, cơ quan thực hiện, phí, lệ phí · 17 cần tự kiểm tra',
    );
  });

  it('never reads as complete while items are left to the person', () => {
    expect(badgeText({ P08: result('dat'), P09: result('dat'), P06: result('chua_kiem_tra') })).toBe(
      '2 đạt tự động · 21 cần tự kiểm tra',
    );
  });
});

describe('badgeText in English', () => {
  it('says the same with the English names', () => {
    expect(badgeText({ P08: result('dat'), P12: result('chua_dat'), P16: result('chua_dat') }, 'en')).toBe(
      '1 met automatically · 2 not met: processing time, fees · 20 to check yourself',
    );
  });
});
