import { useEffect } from 'preact/hooks';
import type { Language } from '../i18n/messages.ts';

/**
 * Keeps an extension page's `<html lang>` (and, given one, its title) in the chosen interface
 * language, so that screen readers read it with the right voice and the window's title matches.
 * The HTML files start as `vi`, the default, until the stored choice is read.
 */
export function useDocumentLanguage(language: Language, title?: string): void {
  useEffect(() => {
    document.documentElement.lang = language;
    if (title) document.title = title;
  }, [language, title]);
}
