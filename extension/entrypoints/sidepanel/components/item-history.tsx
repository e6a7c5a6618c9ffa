import { useState } from 'preact/hooks';
import type { AnswerField } from '../../../../shared/sync/answer-fields.ts';
import { CONTENT_FIELDS, isCleared } from '../../../../shared/sync/answer-fields.ts';
import type { HistoryEntry } from '../../../../shared/sync/protocol.ts';
import { db } from '../../../db/default-database.ts';
import { fill } from '../../../i18n/messages.ts';
import { reportError } from '../../../report-error.ts';
import { fetchAnswerHistory } from '../../../sync/fetch-answer-history.ts';
import { ServerError } from '../../../sync/server-error.ts';
import { formatTime } from '../../../ui/format-time.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { describeValue, FIELD_LABELS } from '../describe-value.ts';

type Loaded =
  | { state: 'loading' }
  | { state: 'offline' }
  | { state: 'not-enrolled' }
  | { state: 'ok'; entries: HistoryEntry[] };

/**
 * An item's history, loaded from the server when the person opens it: each recorded write with
 * its device and time, and the writes (or fields) that lost to a newer one, so nothing silently
 * vanishes. Writes of this device still waiting to be sent are counted.
 */
export function ItemHistory({ subject, itemId }: { subject: string; itemId: string }) {
  const { language, t } = useTranslate();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const waiting = useLiveQuery(
    () => db.outbox.filter((entry) => entry.subject === subject && entry.itemId === itemId).count(),
    [subject, itemId],
  );

  const load = () => {
    setLoaded({ state: 'loading' });
    fetchAnswerHistory(db, (request) => fetch(request), subject, itemId).then(
      (entries) => setLoaded(entries ? { state: 'ok', entries } : { state: 'not-enrolled' }),
      (error: unknown) => {
        if (!(error instanceof ServerError)) reportError('sidepanel.history', error);
        setLoaded({ state: 'offline' });
      },
    );
  };

  const describe = (entry: HistoryEntry) =>
    isCleared(entry.fields)
      ? t('historyCleared')
      : CONTENT_FIELDS.filter((field) => field in entry.fields)
          .map(
            (field) =>
              `${t(FIELD_LABELS[field]!)}: ${describeValue(field, entry.fields[field], language, t)}`,
          )
          .join('; ');
  const lostOf = (entry: HistoryEntry) => {
    if (entry.status === 'superseded') return t('historyLost');
    const lost = entry.lostFields.filter((field): field is AnswerField => field in FIELD_LABELS);
    return lost.length
      ? fill(t('historyPartLost'), { fields: lost.map((field) => t(FIELD_LABELS[field]!)).join(', ') })
      : null;
  };

  return (
    <details
      class="history"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) load();
      }}
    >
      <summary>{t('history')}</summary>
      {waiting ? <p>{fill(t('historyWaiting'), { count: waiting })}</p> : null}
      {loaded?.state === 'loading' ? <p>{t('historyLoading')}</p> : null}
      {loaded?.state === 'offline' ? <p role="alert">{t('historyOffline')}</p> : null}
      {loaded?.state === 'not-enrolled' ? <p>{t('historyNotEnrolled')}</p> : null}
      {loaded?.state === 'ok' && loaded.entries.length === 0 ? <p>{t('historyEmpty')}</p> : null}
      {loaded?.state === 'ok' && loaded.entries.length > 0 ? (
        <ol data-history>
          {loaded.entries.map((entry, i) => {
            const lost = lostOf(entry);
            return (
              // The same write sent again after a re-enrolment is logged twice with one stamp.
              <li key={`${i}-${entry.hlc}`} data-history-status={entry.status}>
                {formatTime(entry.fields.checkedAt ?? entry.at, language)} —{' '}
                {entry.device ?? t('unknownDevice')}: {describe(entry)}
                {lost ? <em> ({lost})</em> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </details>
  );
}
