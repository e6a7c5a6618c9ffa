import { PROCEDURE_ITEMS, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { UNIT_SUBJECT } from '../../shared/sync/protocol.ts';
import type { Review, ReviewComment } from '../db/find-review.ts';
import type { ProcedureState } from '../db/read-unit-checklist.ts';
import { CSRF_FIELD } from '../http/read-form.ts';
import type { PageContext } from './page-context.ts';
import { MAX_ITEM_COMMENT, MAX_ITEM_COMMENTS, MAX_REVIEW_COMMENT, REVIEW_STATES } from './review-form.ts';

/** Blank comment rows the form offers besides the comments already written. */
const BLANK_ROWS = 3;

/**
 * The form (a reviewer or admin of the cluster) that replaces the unit's review for the period:
 * the verdict, a comment for the unit and a row per item comment (the ones written, then blank
 * ones). At the end of the unit page, after what it judges. Works without script; every control
 * has its label.
 */
export function ReviewEditor({
  page,
  unitId,
  periodKey,
  review,
  procedures,
}: {
  page: PageContext;
  unitId: string;
  periodKey: string;
  review: Review | null;
  procedures: readonly ProcedureState[];
}) {
  const { t, language } = page;
  if (!page.csrfToken) return null;
  const rows: (ReviewComment | null)[] = [
    ...(review?.comments ?? []),
    ...Array.from({ length: BLANK_ROWS }, () => null),
  ].slice(0, MAX_ITEM_COMMENTS);
  return (
    <section aria-labelledby="review-form-title" id="review-form">
      <h2 id="review-form-title">{t('reviewFormTitle')}</h2>
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
    </section>
  );
}
