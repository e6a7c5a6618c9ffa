import type { PageLanguage } from '../i18n/page-messages.ts';

const options: Intl.DateTimeFormatOptions = {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
const FORMATS: Record<PageLanguage, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', options),
  en: new Intl.DateTimeFormat('en-GB', options),
};

/** A moment as people in Vietnam read it (Ho Chi Minh City time, whatever zone the worker runs in). */
export const formatTime = (ms: number, language: PageLanguage): string =>
  FORMATS[language].format(new Date(ms));
