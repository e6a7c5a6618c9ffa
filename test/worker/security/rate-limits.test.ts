import { env } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '../../../shared/sync/protocol.ts';
import { LOCKOUT_MS, MAX_FAILED_LOGINS } from '../../../worker/db/record-login-failure.ts';
import { ORIGIN, seedTestCluster, signedIn } from '../sign-in.ts';
import { bearer, jsonInit, randomIp, workerFetch } from '../worker-fetch.ts';
import { changedTables, dbSnapshot } from './db-snapshot.ts';
import { enrolDevice, seedSecurityWorld } from './security-world.ts';

/**
 * The rate limits of wrangler.toml (`[[ratelimits]]`, worker/http/rate-limit.ts) and the account
 * lock-out (worker/db/record-login-failure.ts). The local Rate Limiting binding counts in windows
 * aligned to the wall clock (60 s here): a test that must stay in one window waits for a fresh
 * one when too little of the current one is left.
 */

const WINDOW_MS = 60_000;
/** A test that may wait for a fresh window needs up to a window more than its own time. */
const WAITS = 120_000;

/** Waits for the next window when less than `needMs` of the current one is left. */
async function freshWindow(needMs: number): Promise<void> {
  const left = WINDOW_MS - (Date.now() % WINDOW_MS);
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

async function expectRateLimitedJson(response: Response) {
  expect(response.status).toBe(429);
  expect(response.headers.get('Retry-After')).toMatch(/^\d+$/);
  expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
  const body = v.parse(ErrorResponseSchema, await response.json());
  expect(body.error.code).toBe('rate_limited');
}

describe('enrolment: per client IP', () => {
  it(
    'ends 100 wrong codes in a row from one IP in 429 with Retry-After and the JSON error shape',
    async () => {
      await freshWindow(10_000);
      const ip = randomIp();
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 100; i++) {
        last = await workerFetch('/api/v1/devices/enroll', {
          ...jsonInit('POST', { code: `WRONG-${i}-${crypto.randomUUID().slice(0, 6)}` }),
          headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
        });
        statuses.push(last.status);
        if (i < 99) await last.body?.cancel();
      }

      const first429 = statuses.indexOf(429);
      expect(first429).toBeGreaterThan(0);
      expect(first429).toBeLessThanOrEqual(10);
      expect(new Set(statuses.slice(0, first429))).toEqual(new Set([400]));
      expect(new Set(statuses.slice(first429))).toEqual(new Set([429]));
      await expectRateLimitedJson(last!);
    },
    WAITS,
  );

  it(
    'refuses even a valid code once the IP is limited, spending nothing; another IP enrols',
    async () => {
      await freshWindow(10_000);
      const w = await seedSecurityWorld();
      const ip = randomIp();
      const enrol = (code: string, from: string) =>
        workerFetch('/api/v1/devices/enroll', {
          ...jsonInit('POST', { code }),
          headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': from },
        });
      for (let i = 0; i < 12; i++) await (await enrol(`WRONG-CODE-${i}`, ip)).body?.cancel();

      const before = await dbSnapshot();
      await expectRateLimitedJson(await enrol(w.codes.fresh, ip));
      expect(changedTables(before, await dbSnapshot())).toEqual([]);
      expect((await enrol(w.codes.fresh, randomIp())).status).toBe(201);
    },
    WAITS,
  );
});

describe('sign-in: per client IP', () => {
  it(
    'ends repeated sign-in attempts from one IP in 429, as a page, before any password check',
    async () => {
      await freshWindow(10_000);
      const { clusterId } = await seedTestCluster();
      const person = await signedIn('viewer', clusterId, { password: 'the right password 1' });
      const ip = randomIp();
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 15; i++) {
        // Each attempt as a browser makes it: a fresh sign-in page, its cookie and token.
        const page = await workerFetch('/login', { headers: { 'CF-Connecting-IP': ip } });
        const cookie = /ck_login=[^;]+/.exec(page.headers.get('Set-Cookie') ?? '')![0];
        const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
        last = await workerFetch('/login', {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'CF-Connecting-IP': ip,
            Origin: ORIGIN,
            Cookie: cookie,
          },
          // Unknown usernames: the lock-out of one account is not what ends this.
          body: new URLSearchParams({ _csrf: token, username: `nobody-${i}`, password: 'guess' }).toString(),
        });
        statuses.push(last.status);
        if (i < 14) await last.body?.cancel();
      }

      const first429 = statuses.indexOf(429);
      expect(first429).toBeGreaterThan(0);
      expect(first429).toBeLessThanOrEqual(10);
      expect(new Set(statuses.slice(0, first429))).toEqual(new Set([401]));
      expect(new Set(statuses.slice(first429))).toEqual(new Set([429]));
      expect(last!.headers.get('Retry-After')).toMatch(/^\d+$/);
      expect(last!.headers.get('Content-Type')).toMatch(/^text\/html/);
      // The limited IP cannot sign in even with the right password; the account is not touched.
      const before = await dbSnapshot();
      const page = await workerFetch('/login', { headers: { 'CF-Connecting-IP': randomIp() } });
      const cookie = /ck_login=[^;]+/.exec(page.headers.get('Set-Cookie') ?? '')![0];
      const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
      const right = await workerFetch('/login', {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'CF-Connecting-IP': ip,
          Origin: ORIGIN,
          Cookie: cookie,
        },
        body: new URLSearchParams({
          _csrf: token,
          username: person.username,
          password: 'the right password 1',
        }).toString(),
      });
      expect(right.status).toBe(429);
      expect(changedTables(before, await dbSnapshot())).toEqual([]);
    },
    WAITS,
  );
});

describe('sync: per device', () => {
  it(
    'answers 429 once one device passes its limit, while another device of the unit goes on',
    async () => {
      await freshWindow(20_000);
      const w = await seedSecurityWorld();
      // Devices that have not synced yet in this window (the world's device A pushed once).
      const hammered = await enrolDevice(w.a.wardId, 'hammered');
      const other = await enrolDevice(w.a.wardId, 'second');
      const pull = (token: string) =>
        // A new IP each time: the limit follows the device, not the address.
        workerFetch(`/api/v1/sync/pull?unit=${w.a.wardId}`, bearer(token));
      const limit = 600;
      let first429 = -1;
      for (let i = 0; i <= limit + 5; i++) {
        const response = await pull(hammered.token);
        if (response.status === 429) {
          first429 = i;
          await expectRateLimitedJson(response);
          break;
        }
        expect(response.status).toBe(200);
        await response.body?.cancel();
      }

      expect(first429).toBe(limit);
      const before = await dbSnapshot();
      const push = await workerFetch(
        '/api/v1/sync/push',
        jsonInit('POST', { v: 1, clientId: 'limited', mutations: [] }, hammered.token),
      );
      await expectRateLimitedJson(push);
      await expectRateLimitedJson(
        await workerFetch('/api/v1/sync/history?subject=sec-proc-a&item=P01', bearer(hammered.token)),
      );
      expect(changedTables(before, await dbSnapshot())).toEqual([]);
      expect((await pull(other.token)).status).toBe(200);
    },
    WAITS,
  );
});

describe('account lock-out', () => {
  const PASSWORD = 'the right password 2';

  async function attempt(username: string, password: string) {
    const page = await workerFetch('/login');
    const cookie = /ck_login=[^;]+/.exec(page.headers.get('Set-Cookie') ?? '')![0];
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const response = await workerFetch('/login', {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: ORIGIN,
        // English messages; every attempt from an IP of its own (the per-IP limit is tested above).
        Cookie: `${cookie}; ck_lang=en`,
      },
      body: new URLSearchParams({ _csrf: token, username, password }).toString(),
    });
    return { status: response.status, html: await response.text() };
  }
  const state = (accountId: string) =>
    env.DB.prepare('SELECT failed_logins AS failed, locked_until AS lockedUntil FROM account WHERE id = ?1')
      .bind(accountId)
      .first<{ failed: number; lockedUntil: number | null }>();

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords, even against the right one, until the lock ends`, async () => {
    const { clusterId } = await seedTestCluster();
    const person = await signedIn('viewer', clusterId, { password: PASSWORD });
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const wrong = await attempt(person.username, `wrong ${i}`);
      expect(wrong.status).toBe(401);
      expect(wrong.html).toContain('Wrong username or password.');
    }
    const fifth = await attempt(person.username, 'wrong 5');
    expect(fifth.status).toBe(401);
    const startedAt = Date.now();
    const locked = await state(person.accountId);
    expect(locked!.lockedUntil).toBeGreaterThan(startedAt + LOCKOUT_MS - 60_000);

    for (const password of [PASSWORD, 'wrong 6']) {
      const refused = await attempt(person.username, password);
      expect(refused.status).toBe(423);
      expect(refused.html).toContain(
        'The account is locked after too many failed sign-ins. Try again in 15 minute(s)',
      );
      expect(refused.html).not.toContain('Wrong username or password.');
    }
    // Attempts during the lock neither extend it nor count.
    expect(await state(person.accountId)).toEqual(locked);

    // The lock ends (its end moved into the past rather than waiting 15 minutes).
    await env.DB.prepare('UPDATE account SET locked_until = ?1 WHERE id = ?2')
      .bind(Date.now() - 1, person.accountId)
      .run();
    const after = await attempt(person.username, PASSWORD);
    expect(after.status).toBe(303);
    expect(await state(person.accountId)).toEqual({ failed: 0, lockedUntil: null });
  });

  it('resets the count on a successful sign-in', async () => {
    const { clusterId } = await seedTestCluster();
    const person = await signedIn('viewer', clusterId, { password: PASSWORD });
    for (let i = 1; i < MAX_FAILED_LOGINS; i++)
      expect((await attempt(person.username, 'wrong')).status).toBe(401);
    expect((await state(person.accountId))!.failed).toBe(MAX_FAILED_LOGINS - 1);

    expect((await attempt(person.username, PASSWORD)).status).toBe(303);
    expect(await state(person.accountId)).toEqual({ failed: 0, lockedUntil: null });

    for (let i = 1; i < MAX_FAILED_LOGINS; i++)
      expect((await attempt(person.username, 'wrong')).status).toBe(401);
    expect((await attempt(person.username, PASSWORD)).status).toBe(303);
  });

  it('answers a disabled or unknown account exactly like a wrong password: 401, no hint', async () => {
    const { clusterId } = await seedTestCluster();
    const person = await signedIn('viewer', clusterId, { password: PASSWORD });
    await env.DB.prepare('UPDATE account SET disabled_at = ?1 WHERE id = ?2')
      .bind(Date.now(), person.accountId)
      .run();

    const disabled = await attempt(person.username, PASSWORD);
    const unknown = await attempt(`nobody-${crypto.randomUUID().slice(0, 8)}`, PASSWORD);
    expect(disabled.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(disabled.html).toContain('Wrong username or password.');
    expect(unknown.html).toContain('Wrong username or password.');
  });
});
