import { describe, expect, it } from 'vitest';
import { endOfVietnamDay, vietnamDay } from '../../../shared/text/vietnam-day.ts';

describe('vietnamDay', () => {
  it('dates an instant by the calendar in Viet Nam (UTC+7)', () => {
    // 00:00 on 1 March 2025 in Hà Nội is 17:00 UTC on 28 February.
    expect(vietnamDay(Date.UTC(2025, 1, 28, 17))).toBe('2025-03-01');
    expect(vietnamDay(Date.UTC(2025, 1, 28, 16, 59))).toBe('2025-02-28');
  });
});

describe('endOfVietnamDay', () => {
  it('is the last millisecond of that day in Viet Nam', () => {
    const end = endOfVietnamDay('2025-03-01');
    expect(end).toBe(Date.UTC(2025, 2, 1, 16, 59, 59, 999));
    expect(vietnamDay(end)).toBe('2025-03-01');
    expect(vietnamDay(end + 1)).toBe('2025-03-02');
  });
});
