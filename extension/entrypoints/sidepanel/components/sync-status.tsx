import { browser } from 'wxt/browser';
import { db } from '../../../db/default-database.ts';
import { readMeta } from '../../../db/read-meta.ts';
import type { MessageId } from '../../../i18n/messages.ts';
import { type SyncState, syncState } from '../../../sync/sync-state.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';

const LABELS: Record<SyncState, MessageId> = {
  synced: 'syncSynced',
  pending: 'syncPending',
  error: 'syncError',
  'not-enrolled': 'syncNotEnrolled',
};

/** Sync state line: `data-sync-state` is synced | pending | error | not-enrolled. */
export function SyncStatus() {
  const { t } = useTranslate();
  const meta = useLiveQuery(
    async () => ({
      token: await readMeta(db, 'token'),
      lastError: await readMeta(db, 'lastError'),
      lastSyncAt: await readMeta(db, 'lastSyncAt'),
      outboxSize: await db.outbox.count(),
    }),
    [],
  );
  if (!meta) return null;
  const state = syncState(meta);
  return (
    <p role="status" data-sync-state={state}>
      {t(LABELS[state])}
      {state === 'error' && meta.lastError ? `: ${meta.lastError.message}` : ''}
      {state === 'not-enrolled' || state === 'error' ? (
        <>
          {' '}
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </>
      ) : null}
    </p>
  );
}
