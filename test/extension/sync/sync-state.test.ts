import { describe, expect, it } from 'vitest';
import { syncState } from '../../../extension/sync/sync-state.ts';

describe('syncState', () => {
  it.each([
    [{ token: undefined, lastError: null, lastSyncAt: 1, outboxSize: 0 }, 'not-enrolled'],
    [
      { token: 't', lastError: { code: 'network', message: '', at: 1 }, lastSyncAt: 1, outboxSize: 0 },
      'error',
    ],
    [{ token: 't', lastError: null, lastSyncAt: 1, outboxSize: 2 }, 'pending'],
    [{ token: 't', lastError: undefined, lastSyncAt: undefined, outboxSize: 0 }, 'pending'],
    [{ token: 't', lastError: null, lastSyncAt: 1, outboxSize: 0 }, 'synced'],
  ] as const)('%o → %s', (meta, expected) => {
    expect(syncState(meta)).toBe(expected);
  });
});
