import type { Language } from '../i18n/messages.ts';

const FORMATS: Record<Language, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }),
};

/** A moment as people read it in the interface language, e.g. `10:05 1/12/2026`. */
export const formatTime = (ms: number, language: Language): string => FORMATS[language].format(ms);
