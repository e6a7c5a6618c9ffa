import { describe, expect, it } from 'vitest';
import { syncState } from '../../../extension/sync/sync-state.ts';

const offline = { code: 'network', message: '', at: 1, status: 0, retryable: true };
const revoked = { code: 'token_revoked', message: '', at: 1, status: 401, retryable: false };

describe('syncState', () => {
  it.each([
    [{ token: undefined, lastError: null, lastSyncAt: 1, outboxSize: 0 }, 'not-enrolled'],
    [{ token: 't', lastError: offline, lastSyncAt: 1, outboxSize: 3 }, 'waiting'],
    [
      { token: 't', lastError: { code: 'network', message: '', at: 1 }, lastSyncAt: 1, outboxSize: 0 },
      'waiting',
    ],
    [{ token: 't', lastError: revoked, lastSyncAt: 1, outboxSize: 0 }, 'error'],
    [{ token: 't', lastError: null, lastSyncAt: 1, outboxSize: 2 }, 'waiting'],
    [{ token: 't', lastError: undefined, lastSyncAt: undefined, outboxSize: 0 }, 'waiting'],
    [{ token: 't', lastError: null, lastSyncAt: 1, outboxSize: 0 }, 'synced'],
  ] as const)('%o → %s', (meta, expected) => {
    expect(syncState(meta)).toBe(expected);
  });
});
