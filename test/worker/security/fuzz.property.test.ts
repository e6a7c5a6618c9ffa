import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '../../../shared/sync/protocol.ts';
import { randomToken } from '../../../worker/crypto/random-token.ts';
import { sha256Hex } from '../../../worker/crypto/sha256-hex.ts';
import { ORIGIN, signedIn } from '../sign-in.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';
import {
  changedTables,
  type DbSnapshot,
  dbSnapshot,
  type SnapshotScope,
  type SnapshotTable,
} from './db-snapshot.ts';
import {
  buildHostile,
  type Hostile,
  hostileArb,
  jsonPaths,
  type RequestTemplate,
} from './hostile-requests.ts';
import { ROUTES, type Route } from './route-table.ts';
import { type SecurityWorld, seedSecurityWorld } from './security-world.ts';

/**
 * Hostile requests to every route, with valid credentials where the route needs them (an admin
 * session of cluster A, a fresh device of ward A each batch, the sign-in form's own token):
 * wrong types, huge strings, deep nesting, unknown and duplicated keys, bad UTF-8, SQL and HTML
 * in strings, absurd numbers, wrong content types and methods, empty bodies, garbage in the path
 * and query string (./hostile-requests.ts). Every answer is below 500; every API error is
 * `{error:{code,message}}`; every page error is an HTML page; and the database changes only
 * where a request that succeeded may write (see the writes check below; the generators keep
 * such requests rare). With `SOAK_BATCHES` set, the file ends by printing what the requests ran
 * into, route by route.
 *
 * `npm test` runs {@link BATCHES} × {@link RUNS_PER_BATCH} requests per route (about a minute on
 * two idle cores); `npm run test:soak` raises the batch count (the `SOAK_BATCHES` binding) to
 * 100: 10,000 per route.
 */
const RUNS_PER_BATCH = 100;
const BATCHES = Number((env as { SOAK_BATCHES?: string }).SOAK_BATCHES ?? 10);
/**
 * Requests sent at once (a divisor of {@link RUNS_PER_BATCH}): the file takes about a third less
 * time than one by one, and concurrency finds races (two admins creating one username at once
 * answered 500). A failing run names the failing request in its message.
 */
const IN_FLIGHT = 50;
/** Requests sent at once to a route that writes when a request succeeds (see the writes check). */
const IN_FLIGHT_WRITING = 10;
const SEED = Number((env as { SOAK_SEED?: string }).SOAK_SEED ?? 0xf022);

interface FuzzRoute {
  method: 'GET' | 'POST';
  path: string;
  area: Route['area'] | 'public';
  /** The route's own valid request, for the batch's credentials. */
  template: (w: SecurityWorld) => RequestTemplate;
  /** Query keys the route reads, to aim at. */
  queryKeys: string[];
  /** Tables a request that succeeds (2xx/3xx) may change. */
  writes: SnapshotTable[];
  /** Whether each run needs a session of its own (signing out ends the one it has). */
  ownSessionPerRun?: boolean;
  /** Rows even a refused request changes by design, left out of the comparison. */
  refusedMayWrite?: () => SnapshotScope;
}

const AUDIT: SnapshotTable[] = ['audit_log'];
const WRITES: Record<string, SnapshotTable[]> = {
  'POST /api/v1/devices/enroll': ['device', 'enrol_code'],
  'POST /api/v1/sync/push': [
    'answer',
    'change_log',
    'client',
    'device',
    'unit_counter',
    'unit_summary',
    'procedure_summary',
  ],
  'POST /login': ['session', 'account'],
  'POST /logout': ['session'],
  'POST /account/sessions/revoke': ['session'],
  'POST /admin/units': ['org_unit', 'org_link', ...AUDIT],
  'POST /admin/units/:id/rename': ['org_unit', ...AUDIT],
  'POST /admin/units/:id/move': ['org_link', ...AUDIT],
  'POST /admin/units/:id/assignments': ['assignment', ...AUDIT],
  'POST /admin/units/:id/assignments/remove': ['assignment', ...AUDIT],
  'POST /admin/codes': ['enrol_code', ...AUDIT],
  'POST /admin/codes/revoke': ['enrol_code', ...AUDIT],
  'POST /admin/devices/revoke': ['device', ...AUDIT],
  'POST /admin/accounts': ['account', ...AUDIT],
  'POST /admin/accounts/:id/disable': ['account', 'session', ...AUDIT],
  'POST /admin/accounts/:id/enable': ['account', 'session', ...AUDIT],
  'POST /admin/accounts/:id/password': ['account', 'session', ...AUDIT],
};
const QUERY_KEYS: Record<string, string[]> = {
  'GET /api/v1/sync/pull': ['unit', 'cursor', 'limit', 'client'],
  'GET /api/v1/sync/history': ['subject', 'item'],
  'GET /login': ['next', 'expired', 'signed-out', 'lang'],
  'GET /account': ['revoked'],
  'GET /admin/units/:id': ['saved'],
  'GET /admin/codes': ['unit'],
  'GET /admin/devices': ['unit'],
};

/** The request the route's own client or form sends, with the batch's credentials. */
function templateOf(route: Route, w: SecurityWorld): RequestTemplate {
  const url = new URL(route.url(w), ORIGIN);
  const pattern = route.path.split('/').slice(1);
  const idSegment = pattern.findIndex((segment) => segment.startsWith(':'));
  const base = {
    method: route.method,
    segments: url.pathname.split('/').slice(1),
    idSegment: idSegment < 0 ? null : idSegment,
    query: [...url.searchParams],
  };
  if (route.area === 'api') {
    const json = route.bodyFor ? route.bodyFor(w, 'ok') : route.body?.(w);
    return {
      ...base,
      headers: {
        ...(route.bodyFor ? {} : { Authorization: `Bearer ${w.deviceA.token}` }),
        ...(route.method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
      },
      body: route.method === 'POST' ? { kind: 'json', value: json } : { kind: 'none' },
    };
  }
  const fields = Object.entries((route.body?.(w) ?? {}) as Record<string, string>);
  return {
    ...base,
    headers: {
      Cookie: w.adminA.cookie,
      ...(route.method === 'POST'
        ? { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' }
        : {}),
    },
    body: route.method === 'POST' ? { kind: 'form', csrf: w.adminA.csrf, fields } : { kind: 'none' },
  };
}

/**
 * Any request a live session makes writes its `last_seen_at` once it is five minutes old
 * (worker/db/find-session.ts), refused or not: the session's own bookkeeping, left out. A soak
 * uses one session for longer than that.
 */
const SESSION_BOOKKEEPING: SnapshotScope = {
  session: {
    columns: [
      'token_hash',
      'id',
      'account_id',
      'csrf_token',
      'user_agent',
      'created_at',
      'expires_at',
      'revoked_at',
    ],
  },
};

/** The sign-in form's own token: any value, the same in its cookie and its field. */
const loginToken = randomToken();

const PUBLIC: FuzzRoute[] = [
  {
    method: 'GET',
    path: '/login',
    area: 'public',
    template: () => ({
      method: 'GET',
      segments: ['login'],
      idSegment: null,
      query: [['next', '/admin/units']],
      headers: {},
      body: { kind: 'none' },
    }),
    queryKeys: QUERY_KEYS['GET /login']!,
    writes: [],
  },
  {
    method: 'POST',
    path: '/login',
    area: 'public',
    // A real username with a wrong password: the account locks after five, and then every
    // well-formed attempt is answered without a password hash.
    template: () => ({
      method: 'POST',
      segments: ['login'],
      idSegment: null,
      query: [],
      headers: {
        Cookie: `ck_login=${loginToken}`,
        Origin: ORIGIN,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: {
        kind: 'form',
        csrf: loginToken,
        fields: [
          ['username', loginUser.username],
          ['password', 'not the password'],
          ['next', '/'],
        ],
      },
    }),
    queryKeys: [],
    writes: WRITES['POST /login']!,
    // A wrong password counts towards the lock-out of the account it names (any account: the
    // fuzz of the account form creates some with the same hostile names): those columns only.
    refusedMayWrite: () => ({
      account: {
        columns: [
          'id',
          'username',
          'display_name',
          'role',
          'cluster_id',
          'password_hash',
          'password_salt',
          'password_iterations',
          'disabled_at',
          'created_at',
        ],
      },
    }),
  },
  {
    method: 'GET',
    path: '/assets/dashboard.css',
    area: 'public',
    template: () => ({
      method: 'GET',
      segments: ['assets', 'dashboard.css'],
      idSegment: null,
      query: [],
      headers: {},
      body: { kind: 'none' },
    }),
    queryKeys: [],
    writes: [],
  },
];

const FUZZ_ROUTES: FuzzRoute[] = [
  ...ROUTES.map((route) => {
    const key = `${route.method} ${route.path}`;
    return {
      method: route.method,
      path: route.path,
      area: route.area,
      template: (w: SecurityWorld) => templateOf(route, w),
      queryKeys: QUERY_KEYS[key] ?? [],
      writes: WRITES[key] ?? [],
      ownSessionPerRun: key === 'POST /logout',
    };
  }),
  ...PUBLIC,
];

interface Tally {
  runs: number;
  succeeded: number;
  /** Requests whose "writes nothing" was checked exactly: in runs where nothing succeeded, or of a route that never writes. */
  checkedAlone: number;
  statuses: Record<number, number>;
}
const tallies = new Map<string, Tally>();

let world: SecurityWorld;
/** An account with a real password hash, whose name the sign-in form is sent with. */
let loginUser: { username: string };
let batchCode: string;
/** The admin whose sessions the sign-out route ends. */
let signingOut: SecurityWorld['adminA'];
beforeAll(async () => {
  world = await seedSecurityWorld();
  loginUser = await signedIn('viewer', world.b.clusterId, { password: 'the fuzz password 1' });
  signingOut = await signedIn('admin', world.a.clusterId);
  // One code for every batch's device (a code each would lengthen the codes page).
  batchCode = `FUZZ-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
  await env.DB.prepare(
    'INSERT INTO enrol_code (code_hash, unit_id, expires_at, created_at, max_devices) VALUES (?1, ?2, ?3, ?4, 1000000)',
  )
    .bind(await sha256Hex(batchCode), world.a.wardId, Date.now() + 86_400_000, Date.now())
    .run();
});

/**
 * The credentials of a batch: for the API a fresh device of ward A (each device may make 600
 * sync requests a minute); for pages the world's admin of A, whose session no fuzzed route can
 * end, except signing out: that route gets a new session of a second admin for each run.
 */
async function batchWorld(route: FuzzRoute): Promise<SecurityWorld> {
  if (route.area === 'public') return world;
  if (route.area === 'api') {
    const enrol = await workerFetch(
      '/api/v1/devices/enroll',
      jsonInit('POST', { code: batchCode, label: 'fuzz' }),
    );
    return { ...world, deviceA: (await enrol.json()) as SecurityWorld['deviceA'] };
  }
  if (!route.ownSessionPerRun) return world;
  const token = randomToken();
  const csrf = randomToken();
  await env.DB.prepare(
    `INSERT INTO session (token_hash, id, account_id, csrf_token, created_at, last_seen_at, expires_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)`,
  )
    .bind(
      await sha256Hex(token),
      crypto.randomUUID(),
      signingOut.accountId,
      csrf,
      Date.now(),
      Date.now() + 3_600_000,
    )
    .run();
  return { ...world, adminA: { ...signingOut, cookie: `ck_session=${token}`, csrf } };
}

const isJsonType = (type: string | null) => /^application\/json/.test(type ?? '');

/** Why an answer breaks the rules (below 500; the JSON error shape; an HTML error page), or null. */
function problemOf(route: FuzzRoute, status: number, type: string | null, body: string): string | null {
  if (status >= 500) return 'a server error';
  if (status < 400) return null;
  if (route.area === 'api') {
    if (!isJsonType(type)) return `an API error of type ${type}`;
    try {
      return v.is(ErrorResponseSchema, JSON.parse(body)) ? null : 'an API error not in the error shape';
    } catch {
      return 'an API error that is not JSON';
    }
  }
  if (!type?.startsWith('text/html') || !body.startsWith('<!doctype html>'))
    return 'a page error that is no page';
  return null;
}

/** Sends one hostile request and checks its answer; true when it succeeded (2xx or 3xx). */
async function probe(route: FuzzRoute, template: RequestTemplate, hostile: Hostile): Promise<boolean> {
  const { path, init } = buildHostile(template, hostile);
  const response = await workerFetch(path, init);
  const succeeded = response.status < 400;
  // A success's body is not checked: not read either.
  const body = succeeded ? '' : await response.text();
  if (succeeded) await response.body?.cancel();
  // Plain checks rather than `expect`: this runs 31,000 times per `npm test`.
  const problem = problemOf(route, response.status, response.headers.get('Content-Type'), body);
  if (problem)
    throw new Error(
      `${problem}: ${init.method} ${path.slice(0, 300)} → ${response.status}: ${body.slice(0, 300)}`,
    );
  const tally = tallies.get(`${route.method} ${route.path}`)!;
  tally.runs += 1;
  tally.statuses[response.status] = (tally.statuses[response.status] ?? 0) + 1;
  if (succeeded) tally.succeeded += 1;
  return succeeded;
}

describe('hostile requests (property, real worker)', () => {
  const cases = FUZZ_ROUTES.flatMap((route, r) =>
    Array.from(
      { length: BATCHES },
      (_, batch) => [`${route.method} ${route.path}`, batch, route, r] as const,
    ),
  );
  it.each(cases)(
    '%s: batch %i of hostile requests',
    async (name, batch, route, r) => {
      if (!tallies.has(name)) tallies.set(name, { runs: 0, succeeded: 0, checkedAlone: 0, statuses: {} });
      const w = await batchWorld(route);
      const template = route.template(w);
      const shape = {
        jsonPaths: template.body.kind === 'json' ? jsonPaths(template.body.value).length : 0,
        form: template.body.kind === 'form',
        formFields: template.body.kind === 'form' ? template.body.fields.length : 0,
        queryKeys: route.queryKeys,
        hasId: template.idSegment !== null,
        api: route.area === 'api',
      };
      const scope = { ...SESSION_BOOKKEEPING, ...route.refusedMayWrite?.() };
      // What a route that writes on success wrote is checked run by run: a run where nothing
      // succeeded must leave every table as it was, one with successes every table but those a
      // success writes; its runs are small, so that most are checked exactly. A route that never
      // writes is checked once for the batch.
      const writes = route.writes.length > 0;
      const inFlight = writes ? IN_FLIGHT_WRITING : IN_FLIGHT;
      const expectWritten = (changed: SnapshotTable[], succeeded: number, what: () => string) =>
        expect(
          changed.filter((table) => !(succeeded > 0 ? route.writes : []).includes(table)),
          `${name}: tables written by ${what()}`,
        ).toEqual([]);
      const batchBefore = writes ? null : await dbSnapshot(scope);
      /** The snapshot the last run ended with: the next one starts from it (none after a failure). */
      let last: DbSnapshot | null = null;
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileArb(shape), { minLength: inFlight, maxLength: inFlight }),
          async (hostiles) => {
            // Signing out ends the session: each run of it signs out one of its own.
            const runTemplate = route.ownSessionPerRun ? route.template(await batchWorld(route)) : template;
            const before = writes ? (last ?? (await dbSnapshot(scope))) : null;
            last = null;
            // All settle before the check, so that no request of a failed run lands later.
            const results = await Promise.allSettled(
              hostiles.map((hostile) => probe(route, runTemplate, hostile)),
            );
            for (const result of results) if (result.status === 'rejected') throw result.reason;
            const succeeded = results.filter(
              (result) => result.status === 'fulfilled' && result.value,
            ).length;
            if (!before) return;
            const after = await dbSnapshot(scope);
            expectWritten(
              changedTables(before, after),
              succeeded,
              () =>
                `${hostiles.length} requests of which ${succeeded} succeeded: ${JSON.stringify(hostiles).slice(0, 2000)}`,
            );
            if (succeeded === 0) tallies.get(name)!.checkedAlone += hostiles.length;
            last = route.ownSessionPerRun ? null : after;
          },
        ),
        {
          numRuns: Math.ceil(RUNS_PER_BATCH / inFlight),
          seed: SEED + r * 1000 + batch,
          // A batch takes a second or so; a long shrink of a racy failure ends (as a failure)
          // before the test's own timeout, so no run goes on after its test.
          interruptAfterTimeLimit: 90_000,
          markInterruptAsFailure: true,
        },
      );
      if (batchBefore) {
        expectWritten(changedTables(batchBefore, await dbSnapshot(scope)), 0, () => 'the batch');
        tallies.get(name)!.checkedAlone += RUNS_PER_BATCH;
      }
    },
    120_000,
  );

  afterAll(() => {
    // Under `npm run test:soak` only: what the requests ran into, route by route.
    if ((env as { SOAK_BATCHES?: string }).SOAK_BATCHES === undefined) return;
    for (const [name, tally] of tallies)
      console.log(
        `fuzz ${name}: ${tally.runs} requests, ${tally.succeeded} succeeded, ${tally.checkedAlone} checked alone for writes, statuses ${JSON.stringify(tally.statuses)}`,
      );
  });
});

describe('what the fuzz found, pinned', () => {
  it('answers the same username created twice at once with 201 and 400, never 500', async () => {
    const admin = await signedIn('admin', world.a.clusterId);
    const username = `race-${crypto.randomUUID().slice(0, 8)}`;

    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        admin.post('/admin/accounts', { username, displayName: 'Cùng tên', role: 'viewer' }),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([201, 400, 400, 400]);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM account WHERE username = ?1')
      .bind(username)
      .first<number>('n');
    expect(rows).toBe(1);
  });
});
