import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../extension/scan/badge-text.ts';
import type { RuleResult } from '../../../shared/checklist/rule.ts';

const result = (status: RuleResult['status']): RuleResult => ({
  status,
  evidence: null,
  reason: { vi: '', en: '' },
});

describe('badgeText', () => {
  it('counts only the items the page decided and names the missing ones briefly, in order', () => {
    const text = badgeText({
      P06: result('chua_kiem_tra'),
      P08: result('dat'),
      P12: result('chua_dat'),
      P14: result('chua_dat'),
      P15: result('dat'),
      P16: result('chua_dat'),
      P22: result('khong_ap_dung'),
    });
    expect(text).toBe('2/5 đạt · thiếu: thời hạn giải quyết, cơ quan thực hiện, phí, lệ phí');
  });

  it('says only the count when nothing decided is missing', () => {
    expect(badgeText({ P08: result('dat'), P09: result('dat'), P06: result('chua_kiem_tra') })).toBe(
      '2/2 đạt',
    );
  });
});

describe('badgeText in English', () => {
  it('counts and names what is missing with the English labels', () => {
    expect(badgeText({ P08: result('dat'), P12: result('chua_dat'), P16: result('chua_dat') }, 'en')).toBe(
      '1/3 met · missing: processing time, fees',
    );
  });
});
