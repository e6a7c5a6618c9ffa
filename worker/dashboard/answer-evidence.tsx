import type { AnswerFields } from '../../shared/sync/answer-fields.ts';
import { formatDay } from './format-day.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';
import { StatusMark } from './status-mark.tsx';

/**
 * What a unit answered for one item: its status, the evidence (the excerpt read from the page or
 * written by the clerk), where to see it, the date it is about, photos, the note, and who checked
 * when (`checkedBy` is the device's name). Photos come from the reviewers' photo route.
 */
export function AnswerEvidence({
  page,
  itemId,
  fields,
}: {
  page: PageContext;
  itemId: string;
  fields: AnswerFields | undefined;
}) {
  const { t, language } = page;
  if (!fields) return <p class="note">{t('answerNone')}</p>;
  const photos = fields.photos ?? [];
  return (
    <dl class="evidence">
      {fields.status && (
        <>
          <dt>{t('answerStatus')}</dt>
          <dd>
            <StatusMark page={page} status={fields.status} />
          </dd>
        </>
      )}
      {fields.evidence && (
        <>
          <dt>{t('answerEvidence')}</dt>
          <dd>
            <blockquote>{fields.evidence}</blockquote>
          </dd>
        </>
      )}
      {fields.link && (
        <>
          <dt>{t('answerLink')}</dt>
          <dd>
            <a href={fields.link} rel="noreferrer nofollow" class="link">
              {fields.link}
            </a>
          </dd>
        </>
      )}
      {fields.date && (
        <>
          <dt>{t('answerDate')}</dt>
          <dd>
            <time dateTime={fields.date}>{formatDay(fields.date)}</time>
          </dd>
        </>
      )}
      {photos.length > 0 && (
        <>
          <dt>{t('answerPhotos')}</dt>
          <dd class="photos">
            {photos.map((hash, i) => (
              <a key={hash} href={`/photos/${hash}`}>
                <img
                  src={`/photos/${hash}`}
                  alt={t('answerPhotoAlt', { item: itemId, n: i + 1, of: photos.length })}
                  loading="lazy"
                />
              </a>
            ))}
          </dd>
        </>
      )}
      {fields.note && (
        <>
          <dt>{t('answerNote')}</dt>
          <dd class="pre">{fields.note}</dd>
        </>
      )}
      <dt>{t('answerCheckedBy')}</dt>
      <dd>{fields.checkedBy ?? t('answerUnknown')}</dd>
      <dt>{t('answerCheckedAt')}</dt>
      <dd>
        {fields.checkedAt === undefined ? (
          t('answerUnknown')
        ) : (
          <time dateTime={new Date(fields.checkedAt).toISOString()}>
            {formatTime(fields.checkedAt, language)}
          </time>
        )}
      </dd>
    </dl>
  );
}
