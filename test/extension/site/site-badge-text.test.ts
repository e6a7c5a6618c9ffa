import { describe, expect, it } from 'vitest';
import { siteBadgeText } from '../../../extension/site/site-scan-summary.ts';

describe('siteBadgeText', () => {
  it('counts the listed procedures and those with a portal link', () => {
    expect(siteBadgeText({ listings: 3, linked: 2, unitItems: ['U02'] })).toBe(
      'CongKhai: 3 thủ tục · 2 có liên kết Cổng DVC',
    );
  });

  it('speaks English when the person chose it', () => {
    expect(siteBadgeText({ listings: 3, linked: 2, unitItems: [] }, 'en')).toBe(
      'CongKhai: 3 procedure(s) · 2 with a portal link',
    );
  });

  it('stays quiet on pages that list none of the unit procedures', () => {
    expect(siteBadgeText({ listings: 0, linked: 0, unitItems: ['U04', 'U06'] })).toBeNull();
  });
});
