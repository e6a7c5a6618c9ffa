import { STATUS_LABELS } from '../../shared/checklist/item-status.ts';
import type { AnswerField } from '../../shared/sync/answer-fields.ts';
import type { HistoryEntry } from '../../shared/sync/protocol.ts';
import type { PageMessageId } from '../i18n/page-messages.ts';
import { formatDay } from './format-day.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';

/** Each stored field's name for people (field names themselves are never shown). */
const FIELD_WORDS: Record<AnswerField, PageMessageId> = {
  status: 'answerStatus',
  note: 'answerNote',
  evidence: 'answerEvidence',
  date: 'answerDate',
  link: 'answerLink',
  photos: 'answerPhotos',
  checkedBy: 'answerCheckedBy',
  checkedAt: 'answerCheckedAt',
  templateVersion: 'answerTemplate',
};

/**
 * The recorded writes of one answer, newest first, closed by default (`<details>` works without
 * script): when the server took each, from which device, what it set, and whether it won. Writes
 * made at the same time on two devices show here: the one that lost says so and what it lost.
 */
export function AnswerHistory({
  page,
  itemId,
  entries,
}: {
  page: PageContext;
  itemId: string;
  entries: readonly HistoryEntry[];
}) {
  const { t, language } = page;
  if (entries.length === 0) return <p class="note">{t('historyNone')}</p>;
  const lost = entries.filter((entry) => entry.status === 'superseded' || entry.lostFields.length > 0);
  return (
    <details class="history">
      <summary>
        {t('historySummary', { count: entries.length })}
        {lost.length > 0 && ` · ${t('historyLostCount', { count: lost.length })}`}
      </summary>
      <table>
        <caption>{t('historyCaption', { item: itemId })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyAt')}</th>
            <th scope="col">{t('historyDevice')}</th>
            <th scope="col">{t('historyWrote')}</th>
            <th scope="col">{t('historyOutcome')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.at}-${entry.hlc}`} data-outcome={entry.status}>
              <td>
                <time dateTime={new Date(entry.at).toISOString()}>{formatTime(entry.at, language)}</time>
              </td>
              <td>{entry.device ?? t('answerUnknown')}</td>
              <td>
                {[
                  entry.fields.status === undefined
                    ? null
                    : entry.fields.status === null
                      ? t('historyCleared')
                      : STATUS_LABELS[entry.fields.status][language],
                  entry.fields.note ? `${t('answerNote')}: ${entry.fields.note}` : null,
                  entry.fields.evidence ? `${t('answerEvidence')}: ${entry.fields.evidence}` : null,
                  entry.fields.date ? `${t('answerDate')}: ${formatDay(entry.fields.date)}` : null,
                  entry.fields.link ? `${t('answerLink')}: ${entry.fields.link}` : null,
                  entry.fields.photos?.length
                    ? t('historyPhotos', { count: entry.fields.photos.length })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ') || '–'}
              </td>
              <td>
                {entry.status === 'superseded'
                  ? t('historySuperseded')
                  : entry.lostFields.length > 0
                    ? t('historyPartlyLost', {
                        fields: entry.lostFields.map((field) => t(FIELD_WORDS[field])).join(', '),
                      })
                    : t('historyApplied')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
