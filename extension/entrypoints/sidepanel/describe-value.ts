import { type ItemStatus, STATUS_LABELS } from '../../../shared/checklist/item-status.ts';
import type { AnswerField } from '../../../shared/sync/answer-fields.ts';
import type { Language, MessageId } from '../../i18n/messages.ts';

/** What people call the answer fields they write. */
export const FIELD_LABELS: Partial<Record<AnswerField, MessageId>> = {
  status: 'fieldStatus',
  note: 'fieldNote',
  evidence: 'fieldEvidence',
  date: 'fieldDate',
  link: 'fieldLink',
  photos: 'fieldPhotos',
};

/** A field's value in words: a status by its label, text as is, nothing as "(trống)". */
export function describeValue(
  field: AnswerField,
  value: unknown,
  language: Language,
  t: (id: MessageId) => string,
): string {
  if (value === null || value === undefined || value === '') return t('emptyValue');
  if (field === 'status') return STATUS_LABELS[value as ItemStatus]?.[language] ?? String(value);
  if (Array.isArray(value)) return String(value.length);
  return String(value);
}
