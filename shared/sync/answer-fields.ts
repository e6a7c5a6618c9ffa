import * as v from 'valibot';
import { ITEM_STATUSES } from '../checklist/item-status.ts';
import { MAX_TEMPLATE_VERSION, MAX_TIME_MS, MIN_TIME_MS } from './bounds.ts';

/** Longest note a person may write; the side panel's input stops there. */
export const MAX_NOTE_LENGTH = 2000;

/** Most photos one answer carries (a board from a few angles, not an album). */
export const MAX_PHOTOS = 6;

/** A photo is named by the SHA-256 of its bytes (lower-case hex): the same photo is stored once. */
export const PHOTO_HASH = /^[0-9a-f]{64}$/;

/**
 * The fields of one answer, each merged on its own (docs/architecture.md §3). Unknown keys are
 * refused. A content field set to `null` is cleared: the null travels with its own stamp, so a
 * clear wins over older values and loses to newer ones exactly like any other write (a tombstone
 * per field). `checkedBy`/`checkedAt` say who wrote last and when, clears included.
 */
export const AnswerFieldsSchema = v.strictObject({
  status: v.optional(v.nullable(v.picklist(ITEM_STATUSES))),
  note: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)))),
  evidence: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(4000)))),
  /** The day the item is about (P06 posted on, P23 updated on, U14 reviewed on), `YYYY-MM-DD`. */
  date: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)))),
  /** Where the posting can be seen (a web page), http(s) only. */
  link: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500), v.regex(/^https?:\/\/[^\s]+$/i)))),
  /** Photos of the posting, by content hash; the bytes travel separately (worker/routes/photos.ts). */
  photos: v.optional(
    v.nullable(v.pipe(v.array(v.pipe(v.string(), v.regex(PHOTO_HASH))), v.maxLength(MAX_PHOTOS))),
  ),
  checkedBy: v.optional(v.pipe(v.string(), v.maxLength(200))),
  checkedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(MIN_TIME_MS), v.maxValue(MAX_TIME_MS))),
  templateVersion: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TEMPLATE_VERSION)),
  ),
});

export type AnswerFields = v.InferOutput<typeof AnswerFieldsSchema>;
export type AnswerField = keyof AnswerFields;

export const ANSWER_FIELDS: readonly AnswerField[] = [
  'status',
  'note',
  'evidence',
  'date',
  'link',
  'photos',
  'checkedBy',
  'checkedAt',
  'templateVersion',
];

/** The fields a person answers with; clearing an answer sets them all to null. */
export const CONTENT_FIELDS = [
  'status',
  'note',
  'evidence',
  'date',
  'link',
  'photos',
] as const satisfies readonly AnswerField[];

/** The content fields of a cleared answer. */
export const CLEARED: Pick<AnswerFields, (typeof CONTENT_FIELDS)[number]> = {
  status: null,
  note: null,
  evidence: null,
  date: null,
  link: null,
  photos: null,
};

/**
 * Whether an answer says nothing: no content field holds a value. Such a row is a tombstone: the
 * server marks it `deleted` and pulls still carry it, so every device clears it too.
 */
export const isCleared = (fields: AnswerFields): boolean =>
  CONTENT_FIELDS.every((field) => fields[field] === null || fields[field] === undefined);

/** Per-field HLC stamps of an answer: which write each field's value came from. */
export type FieldClocks = Partial<Record<AnswerField, string>>;
