import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as v from 'valibot';
import { LoginPage } from '../auth/login-page.tsx';
import { safeNext } from '../auth/safe-next.ts';
import {
  clearSessionCookie,
  cookieOptions,
  SESSION_TTL_MS,
  setSessionCookie,
} from '../auth/session-cookie.ts';
import { hashPassword, verifyPassword } from '../crypto/hash-password.ts';
import { randomToken } from '../crypto/random-token.ts';
import { sha256Hex } from '../crypto/sha256-hex.ts';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
import { createSession } from '../db/create-session.ts';
import { findLoginAccount } from '../db/find-login-account.ts';
import { recordLoginFailure } from '../db/record-login-failure.ts';
import { revokeSessionByHash } from '../db/revoke-session-by-hash.ts';
import type { AppEnv } from '../http/app-env.ts';
import { clientIp } from '../http/client-ip.ts';
import { rateLimited } from '../http/rate-limit.ts';
import { readForm } from '../http/read-form.ts';
import { requireAccount } from '../http/require-account.ts';

/** The sign-in form's CSRF token lives in this short cookie until a session exists. */
const LOGIN_COOKIE = 'ck_login';

const LoginSchema = v.strictObject({
  username: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  next: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

/**
 * Computed once, verified against when the username is unknown, so a wrong username costs as
 * long as a wrong password and timing tells nobody which usernames exist.
 */
const decoy = hashPassword('not the password of anyone');

/** Sign-in, sign-out (docs/architecture.md §5). */
export const auth = new Hono<AppEnv>()
  .get('/login', (c) => {
    const page = pageContext(c);
    const formToken = randomToken();
    setCookie(c, LOGIN_COOKIE, formToken, cookieOptions(c, 3600));
    const notice = c.req.query('expired')
      ? { kind: 'notice' as const, text: page.t('sessionExpired') }
      : c.req.query('signed-out')
        ? { kind: 'notice' as const, text: page.t('signedOut') }
        : undefined;
    return renderPage(
      c,
      <LoginPage page={page} formToken={formToken} next={safeNext(c.req.query('next'))} notice={notice} />,
    );
  })
  .post(
    '/login',
    rateLimited('LOGIN_LIMIT', (c) => clientIp(c)),
    async (c) => {
      const expected = getCookie(c, LOGIN_COOKIE) ?? '';
      const form = await readForm(c, LoginSchema, expected || crypto.randomUUID());
      const page = pageContext(c);
      const now = Date.now();
      const account = await findLoginAccount(c.env.DB, form.username);
      const again = (text: string, status: 401 | 423) => {
        const formToken = randomToken();
        setCookie(c, LOGIN_COOKIE, formToken, cookieOptions(c, 3600));
        return renderPage(
          c,
          <LoginPage
            page={page}
            formToken={formToken}
            next={safeNext(form.next)}
            username={form.username}
            notice={{ kind: 'error', text }}
          />,
          status,
        );
      };
      if (account?.lockedUntil && account.lockedUntil > now)
        return again(
          page.t('loginLocked', { minutes: Math.ceil((account.lockedUntil - now) / 60_000) }),
          423,
        );
      const matches = await verifyPassword(form.password, account?.password ?? (await decoy));
      if (!account || !matches || account.disabled) {
        if (account) await recordLoginFailure(c.env.DB, account.id, now).run();
        return again(page.t('loginFailed'), 401);
      }
      const token = randomToken();
      await c.env.DB.batch([
        createSession(c.env.DB, {
          tokenHash: await sha256Hex(token),
          accountId: account.id,
          csrfToken: randomToken(),
          userAgent: c.req.header('User-Agent') ?? null,
          now,
          expiresAt: now + SESSION_TTL_MS,
        }),
        c.env.DB.prepare('UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = ?1').bind(
          account.id,
        ),
      ]);
      deleteCookie(c, LOGIN_COOKIE, { path: '/' });
      setSessionCookie(c, token);
      return c.redirect(safeNext(form.next), 303);
    },
  )
  .post('/logout', requireAccount, async (c) => {
    const session = c.get('session');
    await readForm(c, v.strictObject({}), session.csrfToken);
    await revokeSessionByHash(c.env.DB, session.tokenHash, Date.now()).run();
    clearSessionCookie(c);
    return c.redirect('/login?signed-out=1', 303);
  });
