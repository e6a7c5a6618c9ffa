import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { cookieOptions } from '../auth/session-cookie.ts';
import type { PageLanguage } from '../i18n/page-messages.ts';
import type { AppEnv } from './app-env.ts';

const LANGUAGE_COOKIE = 'ck_lang';
const isLanguage = (value: string | undefined): value is PageLanguage => value === 'vi' || value === 'en';

/** The pages' language: `?lang=vi|en` (remembered in a cookie for a year), else the cookie, else Vietnamese. */
export const pageLanguage = createMiddleware<AppEnv>(async (c, next) => {
  const asked = c.req.query('lang');
  if (isLanguage(asked)) setCookie(c, LANGUAGE_COOKIE, asked, cookieOptions(c, 365 * 86_400));
  const cookie = getCookie(c, LANGUAGE_COOKIE);
  c.set('language', isLanguage(asked) ? asked : isLanguage(cookie) ? cookie : 'vi');
  await next();
});
