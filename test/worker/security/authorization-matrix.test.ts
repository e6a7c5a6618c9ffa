import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '../../../shared/sync/protocol.ts';
import { dashboard } from '../../../worker/dashboard/dashboard.tsx';
import { account } from '../../../worker/routes/account.tsx';
import { admin } from '../../../worker/routes/admin.tsx';
import { auth } from '../../../worker/routes/auth.tsx';
import { catalogue } from '../../../worker/routes/catalogue.ts';
import { devices } from '../../../worker/routes/devices.ts';
import { photos } from '../../../worker/routes/photos.ts';
import { sync } from '../../../worker/routes/sync.ts';
import { ORIGIN } from '../sign-in.ts';
import { workerFetch } from '../worker-fetch.ts';
import { changedTables, dbSnapshot } from './db-snapshot.ts';
import {
  type Area,
  CASES,
  type Case,
  formDataOf,
  type Outcome,
  PUBLIC_ROUTES,
  ROUTES,
  type Route,
} from './route-table.ts';
import { type SecurityWorld, seedSecurityWorld, type Upload } from './security-world.ts';

/**
 * Every route × every kind of wrong credential (issue #7, OWASP API1/API5): each refused request
 * answers 401/403/404 (a page GET without a session: 303 to the sign-in page; enrolment, whose
 * credential is the code: 400 `code_invalid`/`invalid_request`) and leaves every table, and the
 * photo bucket, as it was. A request that is not refused, because the credential is valid for the
 * caller's own data (a viewer of B on `/`, B's device uploading a photo for B), must show none of
 * A's data and write nothing outside the caller's own. The last request of each row is the
 * positive control: the right credential gets its 2xx/303 and, for a POST or PUT, changes the
 * database, so the route exists and the refusals mean something.
 */

/** What a request presents: a cookie, its session's CSRF token for forms, an Authorization header. */
interface Credential {
  cookie?: string;
  csrf?: string;
  authorization?: string;
}

const bearer = (token: string) => `Bearer ${token}`;

/** The credential a case presents to a route of an area. */
function credentialOf(w: SecurityWorld, area: Area, c: Case | 'ok'): Credential {
  const session = (browser: SecurityWorld['adminA']) => ({ cookie: browser.cookie, csrf: browser.csrf });
  if (area === 'api') {
    switch (c) {
      case 'ok':
        return { authorization: bearer(w.deviceA.token) };
      case 'no credential':
        return {};
      case 'malformed credential':
        return { authorization: `Basic ${btoa('admin:admin')}` };
      case 'expired session':
        return session(w.expiredA);
      case 'revoked session or device token':
        return { authorization: bearer(w.revokedDeviceA.token) };
      case "another unit's device token":
        return { authorization: bearer(w.deviceB.token) };
      case "another cluster's viewer":
        return session(w.viewerB);
      case 'wrong role':
        // A live admin session of the right cluster is still no device.
        return session(w.adminA);
      case "another cluster's admin":
        return session(w.adminB);
    }
  }
  switch (c) {
    case 'ok':
      return session(w.adminA);
    case 'no credential':
      return {};
    case 'malformed credential':
      return { cookie: 'ck_session=not-a-session%00"<x>', csrf: w.adminA.csrf };
    case 'expired session':
      return session(w.expiredA);
    case 'revoked session or device token':
      return session(w.revokedA);
    case "another unit's device token":
      return { authorization: bearer(w.deviceB.token) };
    case "another cluster's viewer":
      return session(w.viewerB);
    case 'wrong role':
      // On admin pages a viewer of the right cluster; elsewhere a device token as the cookie.
      return area === 'admin'
        ? session(w.viewerA)
        : { cookie: `ck_session=${w.deviceA.token}`, authorization: bearer(w.deviceA.token) };
    case "another cluster's admin":
      return session(w.adminB);
  }
}

/** What the area expects of a case unless the route says otherwise. */
function defaultOutcome(route: Route, c: Case): Outcome {
  if (route.area === 'api') return { refused: route.bodyFor ? [400] : [401] };
  const signedOut: Outcome = { refused: [route.method === 'GET' ? 303 : 401] };
  switch (c) {
    case "another cluster's viewer":
    case 'wrong role':
      return route.area === 'admin' ? { refused: [403] } : signedOut;
    case "another cluster's admin":
      // Lists show the caller's own cluster; a target of A is answered as unknown.
      return route.method === 'GET' ? { own: route.ok } : { refused: [404] };
    default:
      return signedOut;
  }
}

function send(route: Route, w: SecurityWorld, c: Case | 'ok'): Promise<Response> {
  const credential = credentialOf(w, route.area, c);
  const headers = new Headers();
  if (credential.cookie) headers.set('Cookie', credential.cookie);
  if (credential.authorization) headers.set('Authorization', credential.authorization);
  let body: string | FormData | Uint8Array<ArrayBuffer> | undefined;
  if (route.photo) {
    // Raw bytes, as the side panel uploads a photo: the route tells the type from the bytes.
    headers.set('Content-Type', 'image/jpeg');
    body = route.photo(w).bytes;
  } else if (route.method === 'POST' && route.area === 'api') {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(route.bodyFor ? route.bodyFor(w, c) : route.body?.(w));
  } else if (route.method === 'POST') {
    headers.set('Origin', ORIGIN);
    const fields = {
      ...(credential.csrf ? { _csrf: credential.csrf } : {}),
      ...(route.body?.(w) as Record<string, string | Upload>),
    };
    if (route.multipart) {
      // A file upload: the Content-Type, with its boundary, is the form's own.
      body = formDataOf(fields);
    } else {
      headers.set('Content-Type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(fields as Record<string, string>).toString();
    }
  }
  return workerFetch(route.url(w), { method: route.method, headers, body, redirect: 'manual' });
}

async function expectRefused(route: Route, c: Case, response: Response, statuses: number[]) {
  const label = `${route.method} ${route.path} × ${c}`;
  expect(statuses, label).toContain(response.status);
  expect(response.ok, label).toBe(false);
  if (route.area === 'api') {
    expect(v.is(ErrorResponseSchema, await response.json()), label).toBe(true);
  } else if (response.status === 303) {
    expect(response.headers.get('Location'), label).toMatch(/^\/login\?next=/);
  } else {
    expect(response.headers.get('Content-Type'), label).toMatch(/^text\/html/);
  }
}

async function expectOwn(route: Route, c: Case, w: SecurityWorld, response: Response, status: number) {
  const label = `${route.method} ${route.path} × ${c}`;
  expect(response.status, label).toBe(status);
  const text = await response.text();
  for (const marker of w.markersA) expect(text, `${label} shows A's ${marker}`).not.toContain(marker);
  if (route.path === '/api/v1/sync/history')
    expect((JSON.parse(text) as { entries: unknown[] }).entries, label).toEqual([]);
  if (route.path === '/admin') expect(response.headers.get('Location'), label).toBe('/admin/units');
}

describe('authorization matrix', () => {
  it.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s: every wrong credential is refused and reads or writes nothing',
    async (_, route) => {
      const w = await seedSecurityWorld();
      for (const c of CASES) {
        const outcome = route.outcomes?.[c] ?? defaultOutcome(route, c);
        const scope = 'own' in outcome ? outcome.scope?.(w) : undefined;
        const before = await dbSnapshot(scope);
        const response = await send(route, w, c);
        if ('refused' in outcome) await expectRefused(route, c, response, outcome.refused);
        else await expectOwn(route, c, w, response, outcome.own);
        expect(
          changedTables(before, await dbSnapshot(scope)),
          `${route.method} ${route.path} × ${c} wrote`,
        ).toEqual([]);
      }

      const before = await dbSnapshot();
      const response = await send(route, w, 'ok');
      expect(response.status, `${route.method} ${route.path} positive control`).toBe(route.ok);
      if (route.method !== 'GET')
        expect(changedTables(before, await dbSnapshot()), 'the positive control writes').not.toEqual([]);
    },
  );

  it('covers every route the worker registers', () => {
    const registered = [
      ...devices.routes.map((r) => ({ ...r, path: `/api/v1/devices${r.path}` })),
      ...sync.routes.map((r) => ({ ...r, path: `/api/v1/sync${r.path}` })),
      ...catalogue.routes.map((r) => ({ ...r, path: `/api/v1/catalogue${r.path}` })),
      ...photos.routes.map((r) => ({ ...r, path: `/api/v1/photos${r.path}` })),
      ...auth.routes,
      ...account.routes.map((r) => ({ ...r, path: `/account${r.path}` })),
      ...admin.routes.map((r) => ({ ...r, path: `/admin${r.path}` })),
      ...dashboard.routes,
    ]
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/\/$/, '') || '/'}`)
      // Hono spells an alternation parameter out: one matrix row per alternative.
      .flatMap((r) =>
        r.includes(':change{disable|enable|password}')
          ? ['disable', 'enable', 'password'].map((change) => r.replace(/:change\{[^}]+\}/, change))
          : [r],
      );
    const inMatrix = new Set([...ROUTES.map((r) => `${r.method} ${r.path}`), ...PUBLIC_ROUTES]);

    expect([...new Set(registered)].filter((r) => !inMatrix.has(r))).toEqual([]);
    expect(ROUTES.length * CASES.length).toBeGreaterThanOrEqual(33 * 8);
  });
});
