import { shortItemName } from '../../../../shared/checklist/short-item-name.ts';
import { parsePeriod, periodLabel } from '../../../../shared/report/period.ts';
import { UNIT_SUBJECT } from '../../../../shared/sync/protocol.ts';
import { db } from '../../../db/default-database.ts';
import { readMeta } from '../../../db/read-meta.ts';
import { fill } from '../../../i18n/messages.ts';
import { formatTime } from '../../../ui/format-time.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { routeHref } from '../side-panel-route.ts';

/**
 * The district's latest review of the unit, at the top of the worklist: the period, approved or
 * sent back, who and when, the unit comment, and the items a reviewer commented on listed first,
 * each a link to its checklist.
 */
export function ReviewNotice() {
  const { t, language } = useTranslate();
  const review = useLiveQuery(() => readMeta(db, 'review'), []);
  const names = useLiveQuery(
    async () => new Map((await db.catalogue.toArray()).map((procedure) => [procedure.key, procedure.name])),
    [],
  );
  if (!review) return null;
  const period = parsePeriod(review.period);
  return (
    <section
      class={`review review-${review.state}`}
      aria-labelledby="review-heading"
      data-review={review.state}
    >
      <h2 id="review-heading">
        {fill(t('reviewTitle'), { period: period ? periodLabel(period, language) : review.period })}:{' '}
        {t(`review_${review.state}`)}
      </h2>
      {/* What the reviewer wrote, and their name, are Vietnamese whatever the interface language. */}
      <p class="hint">
        {t('reviewBy')}: <span lang="vi">{review.reviewer}</span>,{' '}
        {fill(t('reviewAt'), { time: formatTime(review.reviewedAt, language) })}
      </p>
      {review.comment ? (
        <p class="review-comment" lang="vi">
          {review.comment}
        </p>
      ) : null}
      {review.items.length > 0 ? (
        <>
          <h3>{t('reviewFixFirst')}</h3>
          <ul class="review-items">
            {review.items.map((item) => (
              <li key={`${item.subject}|${item.itemId}`} data-review-item={`${item.subject}|${item.itemId}`}>
                <a
                  href={routeHref(
                    item.subject === UNIT_SUBJECT
                      ? { view: 'unit' }
                      : { view: 'procedure', key: item.subject },
                  )}
                >
                  {/* The procedure's own (Vietnamese) name, from the catalogue. */}
                  {item.subject === UNIT_SUBJECT ? (
                    t('reviewUnitItems')
                  ) : (
                    <span lang="vi">{names?.get(item.subject) ?? item.subject}</span>
                  )}{' '}
                  — {item.itemId}. {shortItemName(item.itemId, language)}
                </a>
                : <span lang="vi">{item.comment}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
