import { describe, expect, it } from 'vitest';
import { formatTime } from '../../../worker/dashboard/format-time.ts';

describe('formatTime', () => {
  it('shows the time in Ho Chi Minh City (UTC+7) with a four-digit year, in either language', () => {
    // 2026-01-02T17:30Z is 00:30 on 3 January in Ho Chi Minh City.
    expect(formatTime(Date.UTC(2026, 0, 2, 17, 30), 'vi')).toBe('00:30 03/01/2026');
    expect(formatTime(Date.UTC(2026, 0, 2, 17, 30), 'en')).toBe('03/01/2026, 00:30');
  });
});
