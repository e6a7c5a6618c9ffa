/**
 * A text that reaches people, in both interface languages: the reason of an automatic result, a
 * badge line. Both are written by hand (never machine-translated); page text quoted inside an
 * English text stays as the page wrote it, between double quotes.
 *
 * @example { vi: 'Thiếu phí, lệ phí.', en: 'The fees are missing.' }
 */
export interface Localized {
  vi: string;
  en: string;
}

/**
 * The text in `language`. A plain string is a Vietnamese text from before texts were bilingual
 * (results stored by older versions of the extension): it is shown in either language, since
 * showing it beats showing nothing.
 *
 * @example pick({ vi: 'Có tên thủ tục.', en: 'The procedure name is given.' }, 'en') === 'The procedure name is given.'
 * @example pick('Có tên thủ tục.', 'en') === 'Có tên thủ tục.'
 */
export function pick(text: Localized | string | null | undefined, language: keyof Localized): string {
  if (typeof text === 'string') return text;
  if (!text) return '';
  return text[language] || text.vi || '';
}
