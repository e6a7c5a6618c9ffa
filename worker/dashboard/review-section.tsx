import { PROCEDURE_ITEMS, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { UNIT_SUBJECT } from '../../shared/sync/protocol.ts';
import type { Review, ReviewComment } from '../db/find-review.ts';
import type { ProcedureState } from '../db/read-unit-checklist.ts';
import { CSRF_FIELD } from '../http/read-form.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';
import { MAX_ITEM_COMMENT, MAX_ITEM_COMMENTS, MAX_REVIEW_COMMENT, REVIEW_STATES } from './review-form.ts';

/** Blank comment rows the form offers besides the comments already written. */
const BLANK_ROWS = 3;

const MARKS = { da_duyet: ['✓', 's-met'], can_bo_sung: ['!', 's-fail'] } as const;

/**
 * The review of the unit's checklist for the period: the verdict, who gave it and when, the
 * comment for the unit; then the form (a reviewer or admin of the cluster) that replaces it, with
 * a row per item comment (the ones written, then blank ones). Works without script; every control
 * has its label.
 */
export function ReviewSection({
  page,
  unitId,
  periodKey,
  review,
  procedures,
  saved,
}: {
  page: PageContext;
  unitId: string;
  periodKey: string;
  review: Review | null;
  procedures: readonly ProcedureState[];
  saved: boolean;
}) {
  const { t, language } = page;
  const rows: (ReviewComment | null)[] = [
    ...(review?.comments ?? []),
    ...Array.from({ length: BLANK_ROWS }, () => null),
  ].slice(0, MAX_ITEM_COMMENTS);
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
        <form method="post" action={`/unit/${encodeURIComponent(unitId)}/review`} class="review">
          <input type="hidden" name={CSRF_FIELD} value={page.csrfToken} />
          <input type="hidden" name="period" value={periodKey} />
          <fieldset>
            <legend>{t('reviewVerdict')}</legend>
            {REVIEW_STATES.map((state) => (
              <label key={state} class="choice">
                <input type="radio" name="state" value={state} required checked={review?.state === state} />{' '}
                {t(`review_${state}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('reviewComment')}
            <textarea name="comment" rows={3} maxLength={MAX_REVIEW_COMMENT}>
              {review?.comment ?? ''}
            </textarea>
          </label>
          <fieldset>
            <legend>{t('reviewItemComments')}</legend>
            <p class="note">{t('reviewItemCommentsHelp')}</p>
            {rows.map((row, i) => (
              <div key={row ? `${row.subject} ${row.itemId}` : `blank-${i}`} class="comment-row">
                <label>
                  {t('reviewRowSubject', { n: i + 1 })}
                  <select name={`subject_${i}`}>
                    <option value="">{t('reviewChoose')}</option>
                    <option value={UNIT_SUBJECT} selected={row?.subject === UNIT_SUBJECT}>
                      {t('reviewUnitItems')}
                    </option>
                    {procedures.map((procedure) => (
                      <option
                        key={procedure.key}
                        value={procedure.key}
                        selected={row?.subject === procedure.key}
                      >
                        {procedure.name}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('reviewRowItem', { n: i + 1 })}
                  <select name={`item_${i}`}>
                    <option value="">{t('reviewChoose')}</option>
                    {(
                      [
                        ['reviewProcedureItems', PROCEDURE_ITEMS],
                        ['reviewUnitItems', UNIT_ITEMS],
                      ] as const
                    ).map(([group, items]) => (
                      <optgroup key={group} label={t(group)}>
                        {items.map((item) => (
                          <option key={item.id} value={item.id} selected={row?.itemId === item.id}>
                            {`${item.id} – ${item[language]}`}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </label>
                <label>
                  {t('reviewRowNote', { n: i + 1 })}
                  <textarea name={`note_${i}`} rows={2} maxLength={MAX_ITEM_COMMENT}>
                    {row?.comment ?? ''}
                  </textarea>
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit">{t('reviewSave')}</button>
        </form>
      )}
    </section>
  );
}
