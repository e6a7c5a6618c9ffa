import * as v from 'valibot';
import { ITEM_STATUSES } from '../checklist/item-status.ts';

/** Longest note a person may write; the side panel's input stops there. */
export const MAX_NOTE_LENGTH = 2000;

/** The fields of one answer, each merged on its own (docs/architecture.md §3). Unknown keys are refused. */
export const AnswerFieldsSchema = v.strictObject({
  status: v.optional(v.picklist(ITEM_STATUSES)),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH))),
  evidence: v.optional(v.pipe(v.string(), v.maxLength(4000))),
  checkedBy: v.optional(v.pipe(v.string(), v.maxLength(200))),
  checkedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  templateVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export type AnswerFields = v.InferOutput<typeof AnswerFieldsSchema>;
export type AnswerField = keyof AnswerFields;

export const ANSWER_FIELDS: readonly AnswerField[] = [
  'status',
  'note',
  'evidence',
  'checkedBy',
  'checkedAt',
  'templateVersion',
];

/** Per-field HLC stamps of an answer: which write each field's value came from. */
export type FieldClocks = Partial<Record<AnswerField, string>>;
