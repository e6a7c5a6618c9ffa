import { Hono } from 'hono';
import * as v from 'valibot';
import { clearSessionCookie } from '../auth/session-cookie.ts';
import { SessionsPage } from '../auth/sessions-page.tsx';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
import { listAccountSessions } from '../db/list-account-sessions.ts';
import { revokeSession } from '../db/revoke-session.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readForm } from '../http/read-form.ts';
import { requireAccount } from '../http/require-account.ts';

/** The signed-in person's own sessions: list and revoke (docs/architecture.md §5). */
export const account = new Hono<AppEnv>()
  .use(requireAccount)
  .get('/', async (c) => {
    const sessions = await listAccountSessions(c.env.DB, c.get('account').id, Date.now());
    return renderPage(
      c,
      <SessionsPage
        page={pageContext(c)}
        sessions={sessions}
        currentId={c.get('session').id}
        revoked={c.req.query('revoked') === '1'}
      />,
    );
  })
  .post('/sessions/revoke', async (c) => {
    const session = c.get('session');
    const form = await readForm(
      c,
      v.strictObject({ session: v.pipe(v.string(), v.uuid()) }),
      session.csrfToken,
    );
    if (!(await revokeSession(c.env.DB, c.get('account').id, form.session, Date.now())))
      throw new ApiError(404, 'not_found', 'No such session of this account.');
    if (form.session === session.id) {
      clearSessionCookie(c);
      return c.redirect('/login?signed-out=1', 303);
    }
    return c.redirect('/account?revoked=1', 303);
  });
