import { browser } from 'wxt/browser';
import { isClockWrong } from '../../../../shared/sync/clock-skew.ts';
import { db } from '../../../db/default-database.ts';
import { readMeta } from '../../../db/read-meta.ts';
import { fill } from '../../../i18n/messages.ts';
import { sendMessage } from '../../../messages/send-message.ts';
import { reportError } from '../../../report-error.ts';
import { syncErrorWords } from '../../../sync/sync-error-words.ts';
import { syncState } from '../../../sync/sync-state.ts';
import { formatTime } from '../../../ui/format-time.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';

/**
 * The sync line at the top of the side panel (`data-sync-state`: synced | waiting | error |
 * not-enrolled): how many answers wait to be sent, when the last sync succeeded, "Gửi ngay", a
 * warning when the device clock is wrong, and what to do when only the person can fix it.
 */
export function SyncStatus() {
  const { t, language } = useTranslate();
  const meta = useLiveQuery(
    async () => ({
      token: await readMeta(db, 'token'),
      lastError: await readMeta(db, 'lastError'),
      lastSyncAt: await readMeta(db, 'lastSyncAt'),
      // Answers, not field writes: a status and a note of one item are one answer waiting.
      outboxSize: (await db.outbox.orderBy('[subject+itemId]').uniqueKeys()).length,
      serverClock: await readMeta(db, 'serverClock'),
    }),
    [],
  );
  if (!meta) return null;
  const state = syncState(meta);
  const offset = meta.serverClock?.offset ?? 0;
  const minutes = Math.max(1, Math.round(Math.abs(offset) / 60_000));
  const sendNow = () =>
    sendMessage({ type: 'sync-now', force: true }).catch((error: unknown) =>
      reportError('sidepanel.sendNow', error),
    );
  const problem = meta.lastError && state === 'error' ? meta.lastError : null;

  return (
    <div class="sync" data-sync-state={state}>
      {isClockWrong(meta.serverClock) ? (
        <p role="alert" class="clock-wrong" data-clock-wrong>
          {/* A negative offset: the server is behind this device, so the device runs ahead. */}
          {fill(t(offset < 0 ? 'clockAhead' : 'clockBehind'), { minutes })}
        </p>
      ) : null}
      <p role="status" class="sync-line">
        {state === 'not-enrolled'
          ? t('syncNotEnrolled')
          : state === 'waiting'
            ? meta.outboxSize > 0
              ? fill(t('syncWaiting'), { count: meta.outboxSize })
              : meta.lastError
                ? t('syncOffline')
                : t('syncPending')
            : state === 'error'
              ? t('syncError')
              : t('syncSynced')}
        {state !== 'not-enrolled' && meta.lastSyncAt !== undefined
          ? ` · ${fill(t('syncLastAt'), { at: formatTime(meta.lastSyncAt, language) })}`
          : ''}
        {state !== 'not-enrolled' ? (
          <>
            {' '}
            <button type="button" class="link" onClick={() => void sendNow()} data-send-now>
              {t('sendNow')}
            </button>
          </>
        ) : null}
      </p>
      {problem ? (
        <div role="alert" class="sync-problem">
          <p>{t(syncErrorWords(problem))}</p>
          <p class="details">{fill(t('errorDetails'), { code: problem.code })}</p>
        </div>
      ) : null}
      {state === 'not-enrolled' || problem ? (
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      ) : null}
    </div>
  );
}
