import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '../../../shared/sync/protocol.ts';
import { randomToken } from '../../../worker/crypto/random-token.ts';
import { sha256Hex } from '../../../worker/crypto/sha256-hex.ts';
import { ORIGIN, seedTestCluster, signedIn } from '../sign-in.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';
import {
  changedTables,
  type DbSnapshot,
  dbSnapshot,
  PHOTO_BUCKET,
  photoKeys,
  type SnapshotScope,
  type SnapshotTable,
} from './db-snapshot.ts';
import {
  buildHostile,
  type Hostile,
  hostileArb,
  jsonPaths,
  type RequestTemplate,
  UPLOAD_BOUNDARY,
} from './hostile-requests.ts';
import { ROUTES, type Route } from './route-table.ts';
import { type SecurityWorld, seedSecurityWorld, type Upload } from './security-world.ts';

/**
 * Hostile requests to every route, with valid credentials where the route needs them (an admin
 * session of cluster A, a fresh device of ward A each batch, the sign-in form's own token):
 * wrong types, huge strings, deep nesting, unknown and duplicated keys, bad UTF-8, SQL and HTML
 * in strings, absurd numbers, wrong content types and methods, empty bodies, garbage in the path
 * and query string; to the catalogue upload, files of every kind (CSV with hostile cells and
 * headers, garbage, bad UTF-8, damaged workbooks, files up to and past the 2 MB limit) and fields
 * of the wrong type; to the photo upload, bytes of other types, cut short or past the 1 MB limit,
 * under a name that is not their hash or no hash at all, with any Content-Type
 * (./hostile-requests.ts). Every answer is below 500; every API error is
 * `{error:{code,message}}`; every page error is an HTML page; the import preview shows the markup
 * it was sent as text; and the database and the photo bucket change only where a request that
 * succeeded may write (see the writes check below; the generators keep such requests rare). With
 * `SOAK_BATCHES` set, the file ends by printing what the requests ran into, route by route.
 *
 * `npm test` runs {@link BATCHES} × {@link RUNS_PER_BATCH} requests per route (about a minute and
 * a half on two idle cores); `npm run test:soak` raises the batch count (the `SOAK_BATCHES`
 * binding) to 100: 10,000 per route.
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
  method: Route['method'];
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
  /** Its success page shows what the request sent (the import preview: the file's cells and name). */
  echoes?: boolean;
  /** Rows even a refused request changes by design, left out of the comparison. */
  refusedMayWrite?: () => SnapshotScope;
  /**
   * The photo upload: what a success writes is named in its path, so each run also checks that
   * the photo rows and objects it added are exactly those of hashes its successes named, for ward A.
   */
  photoUpload?: boolean;
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
    'procedure_history',
    'unit_history',
  ],
  'POST /login': ['session', 'account'],
  'POST /logout': ['session'],
  'POST /account/sessions/revoke': ['session'],
  'POST /admin/units': ['org_unit', 'org_link', ...AUDIT],
  'POST /admin/units/:id/rename': ['org_unit', ...AUDIT],
  'POST /admin/units/:id/move': ['org_link', ...AUDIT],
  // The unit's dashboard totals of the day follow its list (decision 0010).
  'POST /admin/units/:id/assignments': ['assignment', 'unit_summary', 'unit_history', ...AUDIT],
  'POST /admin/units/:id/assignments/remove': ['assignment', 'unit_summary', 'unit_history', ...AUDIT],
  'POST /admin/codes': ['enrol_code', ...AUDIT],
  'POST /admin/codes/revoke': ['enrol_code', ...AUDIT],
  'POST /admin/devices/revoke': ['device', ...AUDIT],
  'POST /admin/accounts': ['account', ...AUDIT],
  'POST /admin/accounts/:id/disable': ['account', 'session', ...AUDIT],
  'POST /admin/accounts/:id/enable': ['account', 'session', ...AUDIT],
  'POST /admin/accounts/:id/password': ['account', 'session', ...AUDIT],
  // A preview keeps a draft; confirming one applies it (the world's draft, once).
  'POST /admin/import/preview': ['import_draft'],
  'POST /admin/import/apply': ['procedure', 'assignment', 'import_draft', ...AUDIT],
  // A photo the unit has not sent yet: its row, and its object unless another unit sent it first.
  'PUT /api/v1/photos/:hash': ['photo', PHOTO_BUCKET],
  'POST /admin/settings': ['cluster_setting', ...AUDIT],
  'POST /unit/:id/review': ['review', 'review_comment', ...AUDIT],
};
const QUERY_KEYS: Record<string, string[]> = {
  'GET /api/v1/sync/pull': ['unit', 'cursor', 'limit', 'client'],
  'GET /api/v1/sync/history': ['subject', 'item'],
  'GET /login': ['next', 'expired', 'signed-out', 'lang'],
  'GET /account': ['revoked'],
  'GET /admin/units/:id': ['saved'],
  'GET /admin/codes': ['unit'],
  'GET /admin/devices': ['unit'],
  'GET /admin/import': ['unit'],
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
  if (route.photo)
    return {
      ...base,
      headers: { Authorization: `Bearer ${w.deviceA.token}`, 'Content-Type': 'image/jpeg' },
      body: { kind: 'bytes', value: route.photo(w).bytes },
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
  const entries = Object.entries((route.body?.(w) ?? {}) as Record<string, string | Upload>);
  const fields = entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const upload = entries.find((entry): entry is [string, Upload] => typeof entry[1] !== 'string');
  const type = route.multipart
    ? `multipart/form-data; boundary=${UPLOAD_BOUNDARY}`
    : 'application/x-www-form-urlencoded';
  return {
    ...base,
    headers: {
      Cookie: w.adminA.cookie,
      ...(route.method === 'POST' ? { Origin: ORIGIN, 'Content-Type': type } : {}),
    },
    body:
      route.method !== 'POST'
        ? { kind: 'none' }
        : upload
          ? { kind: 'multipart', csrf: w.adminA.csrf, fields, file: { field: upload[0], ...upload[1] } }
          : { kind: 'form', csrf: w.adminA.csrf, fields },
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
      echoes: key === 'POST /admin/import/preview',
      photoUpload: key === 'PUT /api/v1/photos/:hash',
    };
  }),
  ...PUBLIC,
];

interface Tally {
  runs: number;
  succeeded: number;
  /**
   * Requests whose "writes nothing" was checked exactly: in runs where nothing succeeded, of a
   * route that never writes, or of the photo upload (its successes name what they write).
   */
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

/** Elements the hostile strings hold (./hostile-requests.ts): a page that shows one as such runs it. */
const MARKUP = /<(script|img|svg)/i;

/** Sends one hostile request and checks its answer; whether it succeeded (2xx or 3xx), and its path. */
async function probe(
  route: FuzzRoute,
  template: RequestTemplate,
  hostile: Hostile,
): Promise<{ succeeded: boolean; path: string }> {
  const { path, init } = await buildHostile(template, hostile);
  const response = await workerFetch(path, init);
  const succeeded = response.status < 400;
  // A success's body is checked only where it shows what was sent: not read otherwise.
  const body = succeeded && !route.echoes ? '' : await response.text();
  if (succeeded && !route.echoes) await response.body?.cancel();
  // Plain checks rather than `expect`: this runs 34,000 times per `npm test`.
  const problem =
    succeeded && route.echoes && MARKUP.test(body)
      ? 'markup sent shown as markup'
      : problemOf(route, response.status, response.headers.get('Content-Type'), body);
  if (problem)
    throw new Error(
      `${problem}: ${init.method} ${path.slice(0, 300)} → ${response.status}: ${body.slice(0, 300)}`,
    );
  const tally = tallies.get(`${route.method} ${route.path}`)!;
  tally.runs += 1;
  tally.statuses[response.status] = (tally.statuses[response.status] ?? 0) + 1;
  if (succeeded) tally.succeeded += 1;
  return { succeeded, path };
}

/** Every photo stored: `row <hash> <unit>` for each row of `photo`, and each key of the bucket. */
async function storedPhotos(): Promise<string[]> {
  const rows = env.DB.prepare("SELECT 'row ' || hash || ' ' || unit_id AS entry FROM photo");
  const { results } = await rows.all<{ entry: string }>();
  return [...results.map((row) => row.entry), ...(await photoKeys())];
}

/**
 * The photos a run of the upload added that its successes did not name (a row of ward A and the
 * object, per hash in a successful request's path), and those it removed: both must be empty.
 */
function unnamedPhotoWrites(before: string[], after: string[], successPaths: string[]) {
  const allowed = new Set(
    successPaths.flatMap((path) => {
      const hash = /^\/api\/v1\/photos\/([0-9a-f]{64})(\?|$)/.exec(path)?.[1];
      return hash ? [`row ${hash} ${world.a.wardId}`, `photos/${hash}`] : [];
    }),
  );
  const [was, is] = [new Set(before), new Set(after)];
  return {
    added: after.filter((entry) => !was.has(entry) && !allowed.has(entry)),
    removed: before.filter((entry) => !is.has(entry)),
  };
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
      // A batch sent with a session that has run out would test the refusal only (the soak runs
      // for over an hour on one world): the batch's admin must still be signed in.
      if (route.area !== 'public' && route.area !== 'api' && !route.ownSessionPerRun) {
        const home = await workerFetch('/', { redirect: 'manual', headers: { Cookie: w.adminA.cookie } });
        expect(home.status, `${name}: the batch's admin is signed in`).toBe(200);
      }
      const template = route.template(w);
      const form = template.body.kind === 'form' || template.body.kind === 'multipart' ? template.body : null;
      const shape = {
        jsonPaths: template.body.kind === 'json' ? jsonPaths(template.body.value).length : 0,
        form: form !== null,
        formFields: form ? form.fields.length : 0,
        upload: template.body.kind === 'multipart',
        queryKeys: route.queryKeys,
        hasId: template.idSegment !== null,
        api: route.area === 'api',
        photo: template.body.kind === 'bytes',
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
            const photosBefore = route.photoUpload ? await storedPhotos() : null;
            last = null;
            // All settle before the check, so that no request of a failed run lands later.
            const results = await Promise.allSettled(
              hostiles.map((hostile) => probe(route, runTemplate, hostile)),
            );
            for (const result of results) if (result.status === 'rejected') throw result.reason;
            const successPaths = results.flatMap((result) =>
              result.status === 'fulfilled' && result.value.succeeded ? [result.value.path] : [],
            );
            const succeeded = successPaths.length;
            if (photosBefore)
              expect(
                unnamedPhotoWrites(photosBefore, await storedPhotos(), successPaths),
                `${name}: photos written by refused requests among ${JSON.stringify(hostiles).slice(0, 2000)}`,
              ).toEqual({ added: [], removed: [] });
            if (!before) return;
            const after = await dbSnapshot(scope);
            expectWritten(
              changedTables(before, after),
              succeeded,
              () =>
                `${hostiles.length} requests of which ${succeeded} succeeded: ${JSON.stringify(hostiles).slice(0, 2000)}`,
            );
            // The upload's runs are checked exactly with successes too: what they wrote is named.
            if (succeeded === 0 || route.photoUpload) tallies.get(name)!.checkedAlone += hostiles.length;
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

  // Found when the photo routes joined the table (every later route's seed moved): the move form
  // reads the unit's open link, then closes it and opens the new one in a batch; two moves of one
  // unit to one date at once both passed the check, and the second insert broke org_link's key
  // (unit_id, valid_from): 500. Now the batch closes only the link it read and opens one only
  // when none is open (worker/admin/units-routes.tsx); the others are told to look again.
  it('answers moves of one unit to one date at once with 303 and 400, never 500', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const date = new Date().toISOString().slice(0, 10);

    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        admin.post(`/admin/units/${schoolId}/move`, { parent: clusterId, date }),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([303, 400, 400, 400]);
  });
});

/**
 * Defects of the catalogue import (worker/admin/import*) the fuzz found, fixed: each was pinned
 * here as an expected failure until then. A bad file is refused with a page in words (Vietnamese
 * first, what to do next) and changes nothing.
 */
describe('what the fuzz found in the catalogue import', () => {
  /** The import form with `file`, sent by the world's admin of A for school A, in `lang`. */
  function preview(file: Uint8Array<ArrayBuffer> | string, fileName: string, lang?: 'en') {
    const form = new FormData();
    form.append('_csrf', world.adminA.csrf);
    form.append('unit', world.a.schoolId);
    form.append('file', new File([file], fileName));
    return workerFetch(`/admin/import/preview${lang ? `?lang=${lang}` : ''}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: world.adminA.cookie, Origin: ORIGIN },
      body: form,
    });
  }

  // zipWithinLimit read a central directory entry whose signature sits in the archive's last 46
  // bytes: the entry's local header offset was past the end, and DataView.getUint32(-1) threw a
  // RangeError nothing caught (500).
  it('refuses a 70-byte archive whose central directory runs past its end (400), never 500', async () => {
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, 1, true);
    end.setUint16(10, 1, true);
    end.setUint32(12, 4, true);
    end.setUint32(16, 44, true);
    const archive = new Uint8Array([
      ...[0x50, 0x4b, 0x03, 0x04],
      ...new Uint8Array(40),
      ...[0x50, 0x4b, 0x01, 0x02],
      ...new Uint8Array(end.buffer),
    ]);
    expect(archive.length).toBe(70);
    const before = await dbSnapshot(SESSION_BOOKKEEPING);

    const response = await preview(archive, 'danh-muc.xlsx');

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('không đọc được tệp (tệp hỏng');
    expect(changedTables(before, await dbSnapshot(SESSION_BOOKKEEPING))).toEqual([]);
  });

  // The cell caps of worker/admin/import-rows.ts were meant to keep a draft "well under D1's 2 MB
  // per value"; but a draft holds every row's name and field twice (as shown, and in `set`), so a
  // file of 2,000 rows within the 2 MB upload limit planned 3.8 MB. D1 stores no value over
  // 2,000,000 bytes (developers.cloudflare.com/d1/platform/limits): in production the insert threw
  // and the preview answered 500, while the local D1 stored it.
  const longRows = () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `,${String(i).padStart(4, '0')}${'n'.repeat(496)},${'f'.repeat(200)},${'l'.repeat(100)},${'d'.repeat(190)}`,
    );
    return `code,name,field,level,decision\n${rows.join('\n')}\n`;
  };

  it('refuses a file within the upload limit whose draft D1 could not store, in words, keeping no draft', async () => {
    const csv = longRows();
    expect(csv.length).toBeLessThan(2 * 1024 * 1024 - 1000);
    const before = await dbSnapshot(SESSION_BOOKKEEPING);

    const response = await preview(csv, 'lon.csv');
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(html).toContain('Không thực hiện được');
    expect(html).toContain('tệp có quá nhiều chữ để giữ bản xem trước');
    expect(html).toContain('hãy chia thành nhiều tệp nhỏ hơn');
    expect(html).not.toContain('name="draft"');
    expect(changedTables(before, await dbSnapshot(SESSION_BOOKKEEPING))).toEqual([]);
  });

  it('says the same in English to a person who chose English', async () => {
    const response = await preview(longRows(), 'lon.csv', 'en');

    expect(response.status).toBe(400);
    expect(await response.text()).toContain(
      'the file holds too much text to keep its preview (usually very long names or fields on many rows); split it into smaller files',
    );
  });
});
