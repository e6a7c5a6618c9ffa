import type { Review } from '../db/find-review.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';

const MARKS = { da_duyet: ['✓', 's-met'], can_bo_sung: ['!', 's-fail'] } as const;

/**
 * The review of the unit's checklist for the period, at the top of the unit page: the verdict in
 * a mark and a word, who gave it and when, the comment for the unit. The item comments stand
 * beside their items; the form that changes the review ends the page (review-editor.tsx).
 */
export function ReviewSection({
  page,
  review,
  saved,
}: {
  page: PageContext;
  review: Review | null;
  saved: boolean;
}) {
  const { t, language } = page;
  return (
    <section aria-labelledby="review-title" id="review">
      <h2 id="review-title">{t('reviewTitle')}</h2>
      {saved && (
        <p class="notice" role="status">
          {t('reviewSaved')}
        </p>
      )}
      {review ? (
        <div class="review-state" data-review={review.state}>
          <p>
            <span class={`status ${MARKS[review.state][1]}`}>
              <span aria-hidden="true">{MARKS[review.state][0]}</span> {t(`review_${review.state}`)}
            </span>{' '}
            {t('reviewBy', { name: review.reviewerName })}{' '}
            <time dateTime={new Date(review.reviewedAt).toISOString()}>
              {formatTime(review.reviewedAt, language)}
            </time>
          </p>
          {review.comment && <p class="pre comment">{review.comment}</p>}
          {review.comments.length > 0 && (
            <p class="note">{t('reviewItemsNote', { count: review.comments.length })}</p>
          )}
        </div>
      ) : (
        <p data-review="none">{t('reviewNone')}</p>
      )}
      {page.csrfToken && (
        <p class="actions">
          <a href="#review-form">{t('reviewEdit')}</a>
        </p>
      )}
    </section>
  );
}
