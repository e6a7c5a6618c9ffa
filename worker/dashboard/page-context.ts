import type { Context } from 'hono';
import type { AppEnv, SignedInAccount } from '../http/app-env.ts';
import { type PageLanguage, pageTranslator, type Translate } from '../i18n/page-messages.ts';

/** What every dashboard page needs besides its data: words, who is signed in, the form token. */
export interface PageContext {
  t: Translate;
  language: PageLanguage;
  account: SignedInAccount | null;
  csrfToken: string | null;
  /** The path of this page, for the language switch and sign-in return. */
  path: string;
  /** This page's address in the other language: the same path and query (period, filters…). */
  otherLanguageHref: string;
}

export function pageContext(c: Context<AppEnv>): PageContext {
  const language = c.get('language') ?? 'vi';
  return {
    t: pageTranslator(language),
    language,
    account: c.get('account') ?? null,
    csrfToken: c.get('session')?.csrfToken ?? null,
    path: new URL(c.req.url).pathname,
    otherLanguageHref: otherLanguageHref(new URL(c.req.url), language),
  };
}

function otherLanguageHref(url: URL, language: PageLanguage): string {
  const query = new URLSearchParams(url.search);
  query.set('lang', language === 'vi' ? 'en' : 'vi');
  return `${url.pathname}?${query}`;
}
