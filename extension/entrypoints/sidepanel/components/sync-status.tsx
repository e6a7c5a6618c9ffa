import { browser } from 'wxt/browser';
import { isClockWrong } from '../../../../shared/sync/clock-skew.ts';
import { db } from '../../../db/default-database.ts';
import { readMeta } from '../../../db/read-meta.ts';
import { fill, type MessageId } from '../../../i18n/messages.ts';
import { type SyncState, syncState } from '../../../sync/sync-state.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';

const LABELS: Record<SyncState, MessageId> = {
  synced: 'syncSynced',
  pending: 'syncPending',
  error: 'syncError',
  'not-enrolled': 'syncNotEnrolled',
};

/** Server refusals that need the person, in words (a revoked device is told so, issue #7). */
const ERROR_WORDS: Record<string, MessageId> = {
  token_revoked: 'syncRevoked',
  unauthorized: 'syncUnknownDevice',
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
      serverClock: await readMeta(db, 'serverClock'),
    }),
    [],
  );
  if (!meta) return null;
  const state = syncState(meta);
  const offset = meta.serverClock?.offset ?? 0;
  const minutes = Math.round(Math.abs(offset) / 60_000);
  return (
    <>
      {isClockWrong(meta.serverClock) ? (
        <p role="alert" class="clock-wrong" data-clock-wrong>
          {/* A negative offset: the server is behind this device, so the device runs ahead. */}
          {fill(t(offset < 0 ? 'clockAhead' : 'clockBehind'), {
            minutes: Math.max(1, minutes),
          })}
        </p>
      ) : null}
      <p role="status" data-sync-state={state}>
        {t(LABELS[state])}
        {state === 'error' && meta.lastError
          ? `: ${ERROR_WORDS[meta.lastError.code] ? t(ERROR_WORDS[meta.lastError.code]!) : meta.lastError.message}`
          : ''}
        {state === 'not-enrolled' || state === 'error' ? (
          <>
            {' '}
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('openOptions')}
            </button>
          </>
        ) : null}
      </p>
    </>
  );
}
