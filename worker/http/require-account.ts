import { createMiddleware } from 'hono/factory';
import { readSessionCookie } from '../auth/session-cookie.ts';
import { sha256Hex } from '../crypto/sha256-hex.ts';
import { findSession } from '../db/find-session.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Dashboard pages need a signed-in account (docs/architecture.md §5): the session cookie's token
 * is looked up by its SHA-256, and an expired or revoked session, or a disabled account, counts
 * as none. A browser without one is sent to the sign-in page, which brings it back afterwards.
 */
export const requireAccount = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionCookie(c);
  const found = token ? await findSession(c.env.DB, await sha256Hex(token), Date.now()) : null;
  if (!found) {
    if (c.req.method !== 'GET') throw new ApiError(401, 'unauthorized', 'Sign in first.');
    const url = new URL(c.req.url);
    const query = new URLSearchParams({ next: `${url.pathname}${url.search}` });
    if (token) query.set('expired', '1');
    return c.redirect(`/login?${query}`, 303);
  }
  c.set('account', found.account);
  c.set('session', { tokenHash: await sha256Hex(token!), csrfToken: found.csrfToken, id: found.id });
  await next();
});

/** Only a cluster administrator may change units, codes, devices, accounts and assignments. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get('account').role !== 'admin') throw new ApiError(403, 'forbidden', 'Administrators only.');
  await next();
});
