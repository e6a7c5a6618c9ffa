import * as v from 'valibot';
import { parsePeriod } from '../../shared/report/period.ts';
import { formOf } from '../admin/form-fields.ts';
import type { ReviewComment } from '../db/find-review.ts';

/** Longest comment on the unit's checklist as a whole. */
export const MAX_REVIEW_COMMENT = 2000;
/** Longest comment on one item, and most items one review comments on (the form stays under 64 kB). */
export const MAX_ITEM_COMMENT = 1000;
export const MAX_ITEM_COMMENTS = 30;

export const REVIEW_STATES = ['da_duyet', 'can_bo_sung'] as const;

const text = (max: number) =>
  v.optional(v.pipe(v.string('formFieldInvalid'), v.trim(), v.maxLength(max, 'formTooLong')), '');
const matching = (pattern: RegExp) =>
  v.optional(v.pipe(v.string('formFieldInvalid'), v.regex(pattern, 'formFieldInvalid')), '');

/** Row `i` of the item comments: which procedure (or `_unit`), which item, what to fix. */
const rowEntries = Object.fromEntries(
  Array.from({ length: MAX_ITEM_COMMENTS }, (_, i) => [
    [`subject_${i}`, matching(/^(_unit|[\w.-]{1,64})?$/)],
    [`item_${i}`, matching(/^([PU]\d{2})?$/)],
    [`note_${i}`, text(MAX_ITEM_COMMENT)],
  ]).flat(),
) as Record<string, ReturnType<typeof text>>;

type Fields = Record<string, string>;

/** The rows that carry a comment; a row left empty is no comment (it clears one shown before). */
const commentRows = (fields: Fields) =>
  Array.from({ length: MAX_ITEM_COMMENTS }, (_, i) => ({
    subject: fields[`subject_${i}`] ?? '',
    itemId: fields[`item_${i}`] ?? '',
    comment: fields[`note_${i}`] ?? '',
  })).filter((row) => row.comment !== '');

/**
 * The review form of a unit page (`POST /unit/:id/review`): the period, the verdict, a comment
 * for the unit and up to {@link MAX_ITEM_COMMENTS} comments on items. Issue messages are page
 * message ids (the error page words them). Whether a row's procedure is the unit's and its item
 * fits it is checked against the database by the route.
 */
export const ReviewFormSchema = v.pipe(
  formOf({
    period: v.pipe(
      v.string('formFieldInvalid'),
      v.check((key) => parsePeriod(key) !== null, 'formFieldInvalid'),
    ),
    state: v.picklist(REVIEW_STATES, 'reviewStateRequired'),
    comment: text(MAX_REVIEW_COMMENT),
    ...rowEntries,
  }),
  v.check(
    (fields) => commentRows(fields as Fields).every((row) => row.subject !== '' && row.itemId !== ''),
    'reviewItemMissing',
  ),
  v.check((fields) => {
    const keys = commentRows(fields as Fields).map((row) => `${row.subject} ${row.itemId}`);
    return new Set(keys).size === keys.length;
  }, 'reviewItemTwice'),
  v.transform((fields) => ({
    period: fields.period,
    state: fields.state,
    comment: fields.comment === '' ? null : fields.comment,
    comments: commentRows(fields as Fields) satisfies ReviewComment[],
  })),
);
