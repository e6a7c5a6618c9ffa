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
  /** This page's address in the other language: the same path, period and filters. */
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

/** The view's own choices a language switch keeps; anything else in the address is not echoed. */
const KEPT = ['period', 'kind', 'field', 'ward', 'status', 'sort', 'dir'];

function otherLanguageHref(url: URL, language: PageLanguage): string {
  const query = new URLSearchParams();
  for (const name of KEPT) {
    const value = url.searchParams.get(name);
    if (value) query.set(name, value);
  }
  query.set('lang', language === 'vi' ? 'en' : 'vi');
  return `${url.pathname}?${query}`;
}
