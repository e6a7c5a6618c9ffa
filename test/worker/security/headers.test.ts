import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import * as v from 'valibot';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { ErrorResponseSchema } from '../../../shared/sync/protocol.ts';
import { sha256Hex } from '../../../worker/crypto/sha256-hex.ts';
import type { AppEnv } from '../../../worker/http/app-env.ts';
import { onError } from '../../../worker/http/on-error.ts';
import { securityHeaders } from '../../../worker/http/security-headers.ts';
import { ORIGIN, signedIn } from '../sign-in.ts';
import { bearer, jsonInit, randomIp, workerFetch } from '../worker-fetch.ts';
import { type SecurityWorld, seedSecurityWorld } from './security-world.ts';

/**
 * Security headers on every answer (OWASP secure headers, worker/http/security-headers.ts), no
 * internals in any error, and HTML that people typed (unit names, device labels, display names,
 * a browser's User-Agent, notes) escaped on every page that shows it.
 */

let w: SecurityWorld;
beforeAll(async () => {
  w = await seedSecurityWorld();
});

function expectPageHeaders(response: Response, label: string) {
  const csp = response.headers.get('Content-Security-Policy') ?? '';
  expect(csp, label).not.toBe('');
  expect(csp, label).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
  expect(csp, label).toMatch(/(^|;)\s*frame-ancestors 'none'\s*(;|$)/);
  expect(csp, label).toMatch(/(^|;)\s*default-src 'none'\s*(;|$)/);
  expect(csp, label).not.toMatch(/script-src(?!-attr 'none')/);
  expect(response.headers.get('X-Content-Type-Options'), label).toBe('nosniff');
  expect(response.headers.get('X-Frame-Options'), label).toBe('DENY');
  expect(response.headers.get('Referrer-Policy'), label).toMatch(
    /^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/,
  );
  expect(response.headers.get('Strict-Transport-Security'), label).toMatch(/max-age=\d{7,}/);
}

/** What no error may show: stack frames, source paths, exception names, SQL or D1 internals. */
const INTERNALS =
  /\bat \S+ \(|\.tsx?:\d+|node_modules|\b(Type|Range|Reference|Syntax)Error\b|InvalidCharacterError|SQLITE|D1_|\bSELECT\b|\bstack\b|cloudflare-internal/i;

describe('security headers', () => {
  it('sends the page headers on every page, signed in or not, and on redirects and error pages', async () => {
    const admin = w.adminA;
    const pages: [string, () => Promise<Response>][] = [
      ['sign-in page', () => workerFetch('/login')],
      ['overview', () => admin.get('/')],
      ['sessions', () => admin.get('/account')],
      ['units', () => admin.get('/admin/units')],
      ['unit', () => admin.get(`/admin/units/${w.a.wardId}`)],
      ['codes', () => admin.get('/admin/codes')],
      ['devices', () => admin.get('/admin/devices')],
      ['accounts', () => admin.get('/admin/accounts')],
      ['audit', () => admin.get('/admin/audit')],
      ['redirect to sign-in', () => workerFetch('/admin/units', { redirect: 'manual' })],
      ['403 page', () => w.viewerA.get('/admin/units')],
      ['404 page', () => admin.get('/no/such/page')],
      ['404 of another cluster', () => admin.get(`/admin/units/${w.b.wardId}`)],
      ['400 form', () => admin.post('/admin/units', { name: '' })],
      ['403 CSRF', () => admin.post('/admin/units', {}, { csrf: 'wrong' })],
      ['401 form', () => workerFetch('/logout', { method: 'POST', redirect: 'manual' })],
      ['413 form', () => admin.post('/admin/units', { name: 'x'.repeat(70_000) })],
      ['the stylesheet', () => workerFetch('/assets/dashboard.css')],
    ];
    for (const [label, load] of pages) {
      const response = await load();
      expectPageHeaders(response, label);
      const html = await response.text();
      if (response.headers.get('Content-Type')?.startsWith('text/html')) {
        // Nothing the policy would have to allow: no script at all, no inline style.
        expect(html, label).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
      }
    }
  });

  it('sends nosniff (and the rest) on every API answer, success or error', async () => {
    const answers: [string, () => Promise<Response>][] = [
      ['pull 200', () => workerFetch(`/api/v1/sync/pull?unit=${w.a.wardId}`, bearer(w.deviceA.token))],
      ['catalogue 200', () => workerFetch('/api/v1/catalogue', bearer(w.deviceA.token))],
      ['401', () => workerFetch('/api/v1/catalogue')],
      ['403', () => workerFetch(`/api/v1/sync/pull?unit=${w.a.wardId}`, bearer(w.deviceB.token))],
      ['400', () => workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code: 'NOPE-NOPE' }))],
      ['404', () => workerFetch('/api/v1/nothing')],
      ['413', () => workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code: 'x'.repeat(300_000) }))],
      ['415', () => workerFetch('/api/v1/devices/enroll', { method: 'POST', body: 'code=x' })],
      [
        'CORS preflight',
        () =>
          workerFetch('/api/v1/sync/pull', {
            method: 'OPTIONS',
            headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
          }),
      ],
    ];
    for (const [label, load] of answers) {
      const response = await load();
      expect(response.headers.get('X-Content-Type-Options'), label).toBe('nosniff');
      expect(response.headers.get('X-Frame-Options'), label).toBe('DENY');
      expect(response.headers.get('Content-Security-Policy'), label).toMatch(/frame-ancestors 'none'/);
      if (response.status !== 204)
        expect(response.headers.get('Content-Type'), label).toMatch(/^application\/json/);
    }
  });
});

describe('errors tell nothing of the inside', () => {
  it('answers no 4xx with a stack trace or an internal message, API or page', async () => {
    const failures: [string, () => Promise<Response>][] = [
      ['bad JSON', () => workerFetch('/api/v1/devices/enroll', jsonInit('POST', '{"code":'))],
      [
        'deep JSON',
        () =>
          workerFetch(
            '/api/v1/devices/enroll',
            jsonInit('POST', `${'['.repeat(50_000)}${']'.repeat(50_000)}`),
          ),
      ],
      [
        'schema',
        () =>
          workerFetch(
            '/api/v1/sync/push',
            jsonInit(
              'POST',
              { v: 1, clientId: "'; DROP TABLE x; --", mutations: [{ seq: -1 }] },
              w.deviceA.token,
            ),
          ),
      ],
      [
        'SQL in a query',
        () =>
          workerFetch(`/api/v1/sync/pull?unit=${encodeURIComponent("' OR 1=1 --")}`, bearer(w.deviceA.token)),
      ],
      ['bad percent-encoding', () => w.adminA.get('/admin/units/%ff%fe')],
      [
        'bad multipart',
        () =>
          workerFetch('/admin/units', {
            method: 'POST',
            headers: {
              Cookie: w.adminA.cookie,
              Origin: ORIGIN,
              'Content-Type': 'multipart/form-data; boundary=zz',
            },
            body: '--zz\r\nbroken',
          }),
      ],
      ['unknown token', () => workerFetch('/api/v1/catalogue', bearer('x'.repeat(43)))],
      ['revoked token', () => workerFetch('/api/v1/catalogue', bearer(w.revokedDeviceA.token))],
    ];
    for (const [label, load] of failures) {
      const response = await load();
      const body = await response.text();
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
      expect(body, label).not.toMatch(INTERNALS);
    }
  });

  it('answers a server error on the API with the JSON shape and a generic message, and logs the rest', async () => {
    // A corrupt stored answer makes the pull fail inside: the device learns only that it failed.
    const unit = w.b.wardId;
    await env.DB.prepare(
      `INSERT INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
       VALUES (?1, 'sec-proc-a', 'P09', 'not json {', '{}', 999999, 0, 1)`,
    )
      .bind(unit)
      .run();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await workerFetch(`/api/v1/sync/pull?unit=${unit}`, bearer(w.deviceB.token));
    const body = await response.text();
    expect(logged).toHaveBeenCalledWith('unhandled', 'GET', '/api/v1/sync/pull', expect.any(SyntaxError));
    logged.mockRestore();
    await env.DB.prepare("DELETE FROM answer WHERE unit_id = ?1 AND item_id = 'P09'").bind(unit).run();

    expect(response.status).toBe(500);
    expect(v.parse(ErrorResponseSchema, JSON.parse(body)).error.code).toBe('internal');
    expect(body).not.toMatch(INTERNALS);
    expect(body).not.toMatch(/JSON|not json|Unexpected token/i);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers a server error on a page with the error page in words, and its headers', async () => {
    // An account whose stored hash is not base64 makes the sign-in fail inside.
    const broken = await signedIn('viewer', w.a.clusterId);
    const page = await workerFetch('/login');
    const cookie = /ck_login=[^;]+/.exec(page.headers.get('Set-Cookie') ?? '')![0];
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await workerFetch('/login', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: ORIGIN,
        Cookie: `${cookie}; ck_lang=en`,
      },
      body: new URLSearchParams({ _csrf: token, username: broken.username, password: 'anything' }).toString(),
    });
    const html = await response.text();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();

    expect(response.status).toBe(500);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('The server hit an error.');
    expect(html).not.toMatch(INTERNALS);
    expect(html).not.toMatch(/atob|base64/i);
    expectPageHeaders(response, '500 page');
  });

  it('keeps the message of any unexpected error out of the answer (onError on its own)', async () => {
    const secret = "SELECT token_hash FROM device WHERE id = 'secret-internal'";
    const app = new Hono<AppEnv>()
      .use(securityHeaders)
      .get('/api/v1/boom', () => {
        throw new TypeError(secret);
      })
      .get('/boom', () => {
        throw new RangeError(secret);
      });
    app.onError(onError);

    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const path of ['/api/v1/boom', '/boom']) {
      const response = await app.request(path, {}, env);
      const body = await response.text();
      expect(response.status, path).toBe(500);
      expect(body, path).not.toContain('secret-internal');
      expect(body, path).not.toMatch(INTERNALS);
      expect(response.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
    }
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });
});

describe('HTML that people typed is escaped on every page that shows it', () => {
  const UNIT_NAME = '<script>alert(1)</script>';
  const LABEL = '<img src=x onerror=alert(2)>';
  const DISPLAY_NAME = '"><svg onload=alert(3)>';
  const USER_AGENT = '<iframe src=javascript:alert(4)>';
  const NOTE = '<b onmouseover=alert(5)>note</b>';
  // The overview draws its trend as an SVG of its own: only an SVG with a handler is foreign.
  const RAW = [
    UNIT_NAME,
    LABEL,
    DISPLAY_NAME,
    USER_AGENT,
    NOTE,
    '<script',
    '<img',
    '<svg on',
    '<iframe',
    '<b ',
  ];
  /** Preact's escaping: `&`, `<` and `"` (enough in text and in quoted attributes). */
  const escaped = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

  it('shows a unit name, a device label, a display name, a User-Agent and a note only escaped', async () => {
    const admin = await signedIn('admin', w.a.clusterId);
    // The unit, through the admin form; a device of it, with a code from the codes form.
    const created = await admin.post('/admin/units', {
      name: UNIT_NAME,
      kind: 'school',
      parent: w.a.wardId,
      validFrom: '2025-09-01',
    });
    expect(created.status).toBe(303);
    const unitId = decodeURIComponent(/\/admin\/units\/([^?]+)/.exec(created.headers.get('Location')!)![1]!);
    const issued = await admin.post('/admin/codes', { unit: unitId, days: '1', devices: '1' });
    const code = /data-secret="true">([^<]+)</.exec(await issued.text())![1]!;
    const enrol = await workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code, label: LABEL }));
    expect(enrol.status).toBe(201);
    const { token } = (await enrol.json()) as { token: string };
    await env.DB.batch([
      env.DB.prepare(
        "INSERT OR IGNORE INTO procedure (key, code, name, field, level) VALUES ('sec-proc-a', NULL, 'sec-proc-a', 'Thử', 'xã')",
      ),
      env.DB.prepare("INSERT INTO assignment (unit_id, procedure_key) VALUES (?1, 'sec-proc-a')").bind(
        unitId,
      ),
    ]);
    const push = await workerFetch(
      '/api/v1/sync/push',
      jsonInit(
        'POST',
        {
          v: 1,
          clientId: `xss-${crypto.randomUUID().slice(0, 8)}`,
          mutations: [
            {
              seq: 1,
              unitId,
              subject: 'sec-proc-a',
              itemId: 'P01',
              fields: { status: 'dat', note: NOTE, evidence: NOTE, checkedBy: LABEL },
              hlc: encodeHlc({ wall: Date.now() - 1000, counter: 0, node: 'xss' }),
            },
          ],
        },
        token,
      ),
    );
    expect(push.status).toBe(200);
    // An account with HTML in its display name, through the accounts form.
    const account = await admin.post('/admin/accounts', {
      username: `xss-${crypto.randomUUID().slice(0, 8)}`,
      displayName: DISPLAY_NAME,
      role: 'viewer',
    });
    expect(account.status).toBe(201);
    // A session whose browser says HTML in its User-Agent: the sessions page lists it.
    const tokenOfSession = crypto.randomUUID();
    await env.DB.prepare(
      `INSERT INTO session (token_hash, id, account_id, csrf_token, user_agent, created_at, last_seen_at, expires_at)
       VALUES (?1, ?2, ?3, 'x', ?4, ?5, ?5, ?6)`,
    )
      .bind(
        await sha256Hex(tokenOfSession),
        crypto.randomUUID(),
        admin.accountId,
        USER_AGENT,
        Date.now(),
        Date.now() + 3_600_000,
      )
      .run();

    const shows: [string, string, string[]][] = [
      ['/', 'overview', [UNIT_NAME]],
      ['/admin/units', 'units', [UNIT_NAME]],
      [`/admin/units/${encodeURIComponent(unitId)}`, 'unit', [UNIT_NAME]],
      ['/admin/codes', 'codes', [UNIT_NAME]],
      ['/admin/devices', 'devices', [LABEL, UNIT_NAME]],
      ['/admin/accounts', 'accounts', [DISPLAY_NAME]],
      ['/admin/audit', 'audit', [UNIT_NAME, DISPLAY_NAME]],
      ['/account', 'sessions', [USER_AGENT]],
    ];
    for (const [path, label, texts] of shows) {
      const response = await admin.get(path);
      expect(response.status, label).toBe(200);
      const html = await response.text();
      for (const raw of RAW) expect(html, `${label} shows ${raw} raw`).not.toContain(raw);
      for (const text of texts) {
        // The audit page shows the values as JSON, whose quotes are escaped in turn.
        const shown = label === 'audit' ? escaped(JSON.stringify(text).slice(1, -1)) : escaped(text);
        expect(html, `${label} shows ${text} escaped`).toContain(shown);
      }
    }
  });

  it('escapes what the sign-in page echoes: the username and the address to return to', async () => {
    const page = await workerFetch(`/login?next=${encodeURIComponent(`/"><script>alert(6)</script>`)}`);
    const html = await page.text();
    expect(html).not.toContain('<script>alert(6)');
    expect(html).toContain('&quot;>&lt;script>alert(6)&lt;/script>');

    const cookie = /ck_login=[^;]+/.exec(page.headers.get('Set-Cookie') ?? '')![0];
    const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const failed = await workerFetch('/login', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: ORIGIN,
        Cookie: cookie,
        'CF-Connecting-IP': randomIp(),
      },
      body: new URLSearchParams({
        _csrf: token,
        username: '"><script>alert(7)</script>',
        password: 'x',
      }).toString(),
    });
    const again = await failed.text();
    expect(failed.status).toBe(401);
    expect(again).not.toContain('<script>alert(7)');
    expect(again).toContain('value="&quot;>&lt;script>alert(7)&lt;/script>"');
  });
});
