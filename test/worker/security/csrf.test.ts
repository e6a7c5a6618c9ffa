import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../worker/crypto/sha256-hex.ts';
import { ORIGIN, seedTestCluster, signedIn } from '../sign-in.ts';
import { workerFetch } from '../worker-fetch.ts';
import { changedTables, dbSnapshot } from './db-snapshot.ts';
import { formDataOf, ROUTES, type Route } from './route-table.ts';
import { type SecurityWorld, seedSecurityWorld, type Upload } from './security-world.ts';

/**
 * CSRF (OWASP cheat sheet: origin check plus synchronizer token, worker/http/read-form.ts) on
 * every form a signed-in browser posts: the admin forms (the catalogue upload, a multipart form,
 * among them), the session list's and sign-out. Each forged post is refused 403 and writes
 * nothing; the real form is accepted, whether the browser sends its Origin or only Fetch Metadata.
 * The sign-in form, before any session exists, carries its own token from the `ck_login` cookie.
 */

const FORMS = ROUTES.filter((route) => route.method === 'POST' && route.area !== 'api');

interface Forgery {
  /** The `_csrf` field (undefined: none). */
  token: (w: SecurityWorld) => string | undefined;
  headers: Record<string, string>;
}

const sameOrigin = { Origin: ORIGIN };
const FORGERIES: Record<string, Forgery> = {
  'without the token': { token: () => undefined, headers: sameOrigin },
  'with an empty token': { token: () => '', headers: sameOrigin },
  'with a wrong token': { token: (w) => `${w.adminA.csrf.slice(0, -1)}x`, headers: sameOrigin },
  "with another session's token (same cluster)": { token: (w) => w.viewerA.csrf, headers: sameOrigin },
  "with another session's token (other cluster)": { token: (w) => w.adminB.csrf, headers: sameOrigin },
  'with a foreign Origin': { token: (w) => w.adminA.csrf, headers: { Origin: 'https://evil.example' } },
  'with a lookalike Origin': { token: (w) => w.adminA.csrf, headers: { Origin: `${ORIGIN}.evil.example` } },
  'with another port as Origin': { token: (w) => w.adminA.csrf, headers: { Origin: `${ORIGIN}:8443` } },
  'with Origin null and no Sec-Fetch-Site': { token: (w) => w.adminA.csrf, headers: { Origin: 'null' } },
  'with Origin null from another site': {
    token: (w) => w.adminA.csrf,
    headers: { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' },
  },
  'with no Origin and no Sec-Fetch-Site': { token: (w) => w.adminA.csrf, headers: {} },
  'with no Origin, same-site (a sibling subdomain)': {
    token: (w) => w.adminA.csrf,
    headers: { 'Sec-Fetch-Site': 'same-site' },
  },
  'with a foreign Origin that claims same-origin metadata': {
    token: (w) => w.adminA.csrf,
    headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'same-origin' },
  },
};

/** What a browser sends with the real form, in the three ways browsers do. */
const GENUINE: Record<string, Record<string, string>> = {
  'with its Origin': sameOrigin,
  'with Origin null and Sec-Fetch-Site same-origin': { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' },
  'with only Sec-Fetch-Site same-origin': { 'Sec-Fetch-Site': 'same-origin' },
};

function post(route: Route, w: SecurityWorld, token: string | undefined, headers: Record<string, string>) {
  const fields = {
    ...(token === undefined ? {} : { _csrf: token }),
    ...(route.body?.(w) as Record<string, string | Upload>),
  };
  // A file upload is multipart, its Content-Type (with the boundary) the form's own.
  return workerFetch(route.url(w), {
    method: 'POST',
    redirect: 'manual',
    headers: {
      ...(route.multipart ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }),
      Cookie: w.adminA.cookie,
      ...headers,
    },
    body: route.multipart
      ? formDataOf(fields)
      : new URLSearchParams(fields as Record<string, string>).toString(),
  });
}

describe('CSRF on every form of a signed-in browser', () => {
  it('walks every form there is', () => {
    expect(FORMS.map((route) => route.path)).toEqual(
      expect.arrayContaining([
        '/logout',
        '/account/sessions/revoke',
        '/admin/units',
        '/admin/codes',
        '/admin/import/preview',
        '/admin/import/apply',
      ]),
    );
    expect(FORMS.length).toBeGreaterThanOrEqual(16);
  });

  it.each(FORMS.map((route) => [route.path, route] as const))(
    'POST %s: every forgery is refused 403, writing nothing',
    async (_, route) => {
      const w = await seedSecurityWorld();
      for (const [name, forgery] of Object.entries(FORGERIES)) {
        const before = await dbSnapshot();
        const response = await post(route, w, forgery.token(w), forgery.headers);

        expect(response.status, `${route.path} ${name}`).toBe(403);
        expect(await response.text(), `${route.path} ${name}`).toContain('<!doctype html>');
        expect(changedTables(before, await dbSnapshot()), `${route.path} ${name} wrote`).toEqual([]);
      }
    },
  );

  it.each(FORMS.filter((route) => route.multipart).map((route) => [route.path, route] as const))(
    'POST %s: the right token in a file part instead of a field is refused 403, writing nothing',
    async (_, route) => {
      const w = await seedSecurityWorld();
      const form = formDataOf(route.body?.(w) as Record<string, string | Upload>);
      form.append('_csrf', new File([w.adminA.csrf], 'csrf.txt', { type: 'text/plain' }));
      const before = await dbSnapshot();

      const response = await workerFetch(route.url(w), {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: w.adminA.cookie, ...sameOrigin },
        body: form,
      });

      expect(response.status).toBe(403);
      expect(changedTables(before, await dbSnapshot())).toEqual([]);
    },
  );

  it.each(FORMS.flatMap((route) => Object.keys(GENUINE).map((way) => [route.path, way, route] as const)))(
    'POST %s: the real form is accepted %s',
    async (_, way, route) => {
      const w = await seedSecurityWorld();
      const before = await dbSnapshot();
      const response = await post(route, w, w.adminA.csrf, GENUINE[way]!);

      expect(response.status).toBe(route.ok);
      expect(changedTables(before, await dbSnapshot())).not.toEqual([]);
    },
  );
});

describe("the sign-in form's own token (cookie ck_login)", () => {
  const PASSWORD = 'correct horse battery staple';

  /** A fresh sign-in page: its cookie and the token in its form. */
  async function loginPage() {
    const response = await workerFetch('/login');
    const setCookie = response.headers.get('Set-Cookie') ?? '';
    expect(setCookie).toMatch(/ck_login=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    return {
      cookie: /ck_login=[^;]+/.exec(setCookie)![0],
      token: /name="_csrf" value="([^"]+)"/.exec(await response.text())![1]!,
    };
  }

  const signIn = (
    fields: Record<string, string>,
    { cookie, origin = ORIGIN }: { cookie?: string; origin?: string | null } = {},
  ) =>
    workerFetch('/login', {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        ...(cookie ? { Cookie: cookie } : {}),
        ...(origin ? { Origin: origin } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    });

  it('refuses a sign-in without the cookie, without the token, with a mismatched or foreign one', async () => {
    const { clusterId } = await seedTestCluster();
    const person = await signedIn('viewer', clusterId, { password: PASSWORD });
    const credentials = { username: person.username, password: PASSWORD };
    const one = await loginPage();
    const other = await loginPage();
    const attempts: [string, Promise<Response>][] = [
      ['no cookie', signIn({ _csrf: one.token, ...credentials })],
      ['no token', signIn(credentials, { cookie: one.cookie })],
      ['empty token and empty cookie', signIn({ _csrf: '', ...credentials }, { cookie: 'ck_login=' })],
      ["another page's token", signIn({ _csrf: other.token, ...credentials }, { cookie: one.cookie })],
      [
        'foreign Origin',
        signIn({ _csrf: one.token, ...credentials }, { cookie: one.cookie, origin: 'https://evil.example' }),
      ],
      ['Origin null', signIn({ _csrf: one.token, ...credentials }, { cookie: one.cookie, origin: 'null' })],
      ['a session cookie instead', signIn({ _csrf: person.csrf, ...credentials }, { cookie: person.cookie })],
    ];
    for (const [name, attempt] of attempts) {
      const before = await dbSnapshot();
      const response = await attempt;

      expect(response.status, name).toBe(403);
      expect(response.headers.get('Set-Cookie') ?? '', name).not.toContain('ck_session=');
      expect(changedTables(before, await dbSnapshot()), `${name} wrote`).toEqual([]);
    }
    const failures = await env.DB.prepare('SELECT failed_logins FROM account WHERE id = ?1')
      .bind(person.accountId)
      .first<number>('failed_logins');
    expect(failures, 'a refused form is no failed sign-in').toBe(0);
  });

  it('accepts the page’s own token and cookie, and opens a session', async () => {
    const { clusterId } = await seedTestCluster();
    const person = await signedIn('viewer', clusterId, { password: PASSWORD });
    const { cookie, token } = await loginPage();

    const response = await signIn(
      { _csrf: token, username: person.username, password: PASSWORD },
      { cookie },
    );

    expect(response.status).toBe(303);
    const session = /ck_session=([^;]+)/.exec(response.headers.get('Set-Cookie') ?? '')![1]!;
    const stored = await env.DB.prepare('SELECT account_id FROM session WHERE token_hash = ?1')
      .bind(await sha256Hex(session))
      .first<string>('account_id');
    expect(stored).toBe(person.accountId);
  });
});
