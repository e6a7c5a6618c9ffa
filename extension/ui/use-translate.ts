import { useContext } from 'preact/hooks';
import { type Language, MESSAGES, type MessageId } from '../i18n/messages.ts';
import { LanguageContext } from './language-provider.tsx';

/** The chosen interface language (from the page's `LanguageProvider`) and its dictionary. */
export function useTranslate(): { language: Language; t: (id: MessageId) => string } {
  const language = useContext(LanguageContext);
  return { language, t: (id) => MESSAGES[language][id] };
}
