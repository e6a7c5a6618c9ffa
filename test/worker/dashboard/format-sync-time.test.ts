import { describe, expect, it } from 'vitest';
import { formatSyncTime } from '../../../worker/dashboard/format-sync-time.ts';

describe('formatSyncTime', () => {
  it('shows the time in Ho Chi Minh City (UTC+7) with a four-digit year', () => {
    // 2026-01-02T17:30Z is 00:30 on 3 January in Ho Chi Minh City.
    expect(formatSyncTime(Date.UTC(2026, 0, 2, 17, 30))).toBe('00:30 03/01/2026');
  });

  it('says a unit never synced', () => {
    expect(formatSyncTime(null)).toBe('Chưa đồng bộ');
  });
});
