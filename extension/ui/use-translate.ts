import { db } from '../db/default-database.ts';
import { readMeta } from '../db/read-meta.ts';
import { type Language, MESSAGES, type MessageId } from '../i18n/messages.ts';
import { useLiveQuery } from './use-live-query.ts';

/** The chosen interface language (from `meta`, Vietnamese by default) and its dictionary. */
export function useTranslate(): { language: Language; t: (id: MessageId) => string } {
  const language = useLiveQuery(() => readMeta(db, 'language'), []) ?? 'vi';
  return { language, t: (id) => MESSAGES[language][id] };
}
