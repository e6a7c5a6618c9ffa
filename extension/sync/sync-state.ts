import type { SyncError } from '../db/database.ts';

export type SyncState = 'not-enrolled' | 'error' | 'pending' | 'synced';

/** What the side panel shows about sync, from `meta` and the outbox size. */
export function syncState(meta: {
  token: string | undefined;
  lastError: SyncError | null | undefined;
  lastSyncAt: number | undefined;
  outboxSize: number;
}): SyncState {
  if (!meta.token) return 'not-enrolled';
  if (meta.lastError) return 'error';
  if (meta.outboxSize > 0 || meta.lastSyncAt === undefined) return 'pending';
  return 'synced';
}
