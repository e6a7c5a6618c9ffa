import type { SyncError } from '../db/database.ts';

/**
 * What the side panel says about sync:
 * - `waiting`: answers wait to be sent, or the server cannot be reached for now (offline, busy):
 *   a state, not an error; the engine tries again by itself;
 * - `error`: the server refused in a way only the person can fix (revoked device, refused answers);
 * - `synced`, `not-enrolled`.
 */
export type SyncState = 'not-enrolled' | 'error' | 'waiting' | 'synced';

export function syncState(meta: {
  token: string | undefined;
  lastError: SyncError | null | undefined;
  lastSyncAt: number | undefined;
  outboxSize: number;
}): SyncState {
  if (!meta.token) return 'not-enrolled';
  if (meta.lastError && !(meta.lastError.retryable ?? meta.lastError.code === 'network')) return 'error';
  if (meta.lastError || meta.outboxSize > 0 || meta.lastSyncAt === undefined) return 'waiting';
  return 'synced';
}
