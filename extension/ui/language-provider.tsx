import { type ComponentChildren, createContext } from 'preact';
import { db } from '../db/default-database.ts';
import { readMeta } from '../db/read-meta.ts';
import type { Language } from '../i18n/messages.ts';
import { useLiveQuery } from './use-live-query.ts';

/** The chosen interface language, for `useTranslate`; Vietnamese outside a provider. */
export const LanguageContext = createContext<Language>('vi');

/**
 * Reads the chosen language once for an extension page and renders its children only once it is
 * known, so that in English no component shows a first frame in Vietnamese (each used to read it
 * on its own and start from the default). Follows a change made on another page at once.
 */
export function LanguageProvider({ children }: { children: ComponentChildren }) {
  const language = useLiveQuery(async () => (await readMeta(db, 'language')) ?? 'vi', []);
  if (language === undefined) return null;
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}
