import { PART_LABELS } from '../../shared/procedure/part-labels.ts';
import type { Language } from '../i18n/messages.ts';

/** `processingTime` → `thời hạn`; a part the list does not know is shown as it is. */
export function changedPartLabel(part: string, language: Language): string {
  return PART_LABELS[part]?.[language] ?? part;
}
