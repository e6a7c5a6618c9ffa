import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'ck_session';

/** A session ends this long after sign-in, whatever happens in between. */
export const SESSION_TTL_MS = 12 * 3_600_000;

/**
 * `Secure` is dropped only on the loopback host of `wrangler dev` (plain http); everywhere else
 * the cookie travels over https only (docs/architecture.md §5).
 */
const isLoopback = (c: Context): boolean =>
  ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(c.req.url).hostname);

/** The cookie options of every cookie the dashboard sets: script cannot read them, no other site sends them. */
export const cookieOptions = (c: Context, maxAgeS: number) =>
  ({ httpOnly: true, secure: !isLoopback(c), sameSite: 'Strict', path: '/', maxAge: maxAgeS }) as const;

export const setSessionCookie = (c: Context, token: string): void =>
  setCookie(c, SESSION_COOKIE, token, cookieOptions(c, SESSION_TTL_MS / 1000));

export const clearSessionCookie = (c: Context): void => {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: !isLoopback(c) });
};

export const readSessionCookie = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE);
