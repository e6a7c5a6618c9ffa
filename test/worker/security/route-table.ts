import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { outsideAccount, PHOTO_BUCKET, type SnapshotScope } from './db-snapshot.ts';
import { catalogueUpload, type Photo, type SecurityWorld, type Upload } from './security-world.ts';

/**
 * Every route of the worker (method, path as registered, an URL with an id of cluster A where it
 * takes one, the body its own form or client sends) and the kinds of wrong credential the
 * authorization matrix presents to each. The CSRF and fuzz tests walk the same table.
 */

export const CASES = [
  'no credential',
  'malformed credential',
  'expired session',
  'revoked session or device token',
  "another unit's device token",
  "another cluster's viewer",
  'wrong role',
  "another cluster's admin",
] as const;
export type Case = (typeof CASES)[number];

export type Area = 'api' | 'page' | 'admin';

export type Outcome =
  /** Refused: one of these statuses, nothing written. */
  | { refused: number[] }
  /** Valid for the caller's own data: this status, no marker of A in the body, nothing written outside `scope`. */
  | { own: number; scope?: (w: SecurityWorld) => SnapshotScope };

export interface Route {
  method: 'GET' | 'POST' | 'PUT';
  /** As registered, e.g. `/admin/units/:id`. */
  path: string;
  area: Area;
  /** The concrete URL, with an id of cluster A where the route takes one. */
  url: (w: SecurityWorld) => string;
  /** Form fields (pages) or JSON body (API) the positive control sends; refusals send the same. */
  body?: (w: SecurityWorld) => Record<string, string> | unknown;
  /**
   * The form is a file upload (`multipart/form-data`): `body`'s values are texts or {@link Upload}s,
   * sent as a browser does (see {@link formDataOf}).
   */
  multipart?: true;
  /** The body is raw bytes (a photo upload, `Content-Type: image/jpeg`), not `body`. */
  photo?: (w: SecurityWorld) => Photo;
  /** The positive control's status. */
  ok: number;
  /** Outcomes that differ from the area's default. */
  outcomes?: Partial<Record<Case, Outcome>>;
  /** Enrolment: the credential is the code, so each case sends its own body. */
  bodyFor?: (w: SecurityWorld, c: Case | 'ok') => unknown;
}

/** A valid mutation of ward A's assigned procedure. */
export const mutationA = (w: SecurityWorld, seq: number) => ({
  seq,
  unitId: w.a.wardId,
  subject: w.answeredA.subject,
  itemId: 'P02',
  fields: { status: 'dat' },
  hlc: encodeHlc({ wall: Date.now() - 500, counter: 0, node: `m-${w.a.tag}` }),
});

export const ROUTES: Route[] = [
  // ---- API (/api/v1): bearer device tokens; enrolment's credential is the code.
  {
    method: 'POST',
    path: '/api/v1/devices/enroll',
    area: 'api',
    url: () => '/api/v1/devices/enroll',
    ok: 201,
    bodyFor: (w, c) => {
      switch (c) {
        case 'ok':
          return { code: w.codes.fresh, label: 'positive' };
        case 'malformed credential':
          return { code: "'; DROP TABLE device; --" };
        case 'expired session':
          return { code: w.codes.expired };
        case 'revoked session or device token':
          return { code: w.codes.revoked };
        case "another unit's device token":
          // A device token is no enrolment code.
          return { code: w.deviceB.token.slice(0, 64) };
        case 'wrong role':
          return { code: w.codes.usedUp };
        default:
          return {};
      }
    },
  },
  {
    method: 'POST',
    path: '/api/v1/sync/push',
    area: 'api',
    url: () => '/api/v1/sync/push',
    // A client id is bound to the first device that pushes with it: a fresh one per request.
    body: (w) => ({ v: 1, clientId: `push-${crypto.randomUUID()}`, mutations: [mutationA(w, 1)] }),
    ok: 200,
    outcomes: {
      // B's token naming A's unit: the whole push is refused `other_unit`, nothing written.
      "another unit's device token": { refused: [403] },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/sync/pull',
    area: 'api',
    url: (w) => `/api/v1/sync/pull?unit=${w.a.wardId}`,
    ok: 200,
    outcomes: { "another unit's device token": { refused: [403] } },
  },
  {
    method: 'GET',
    path: '/api/v1/sync/history',
    area: 'api',
    url: (w) => `/api/v1/sync/history?subject=${w.answeredA.subject}&item=${w.answeredA.itemId}`,
    ok: 200,
    // The unit comes from the token: B's token reads B's (empty) history, never A's.
    outcomes: { "another unit's device token": { own: 200 } },
  },
  {
    method: 'GET',
    path: '/api/v1/sync/review',
    area: 'api',
    url: () => '/api/v1/sync/review',
    ok: 200,
    // The unit comes from the token: B's token reads B's own review (none), never A's.
    outcomes: { "another unit's device token": { own: 200 } },
  },
  {
    method: 'GET',
    path: '/api/v1/catalogue',
    area: 'api',
    url: () => '/api/v1/catalogue',
    ok: 200,
    outcomes: { "another unit's device token": { own: 200 } },
  },

  // ---- Pages of any signed-in account.
  {
    method: 'POST',
    path: '/logout',
    area: 'page',
    url: () => '/logout',
    body: () => ({}),
    ok: 303,
    outcomes: {
      // Signs out the caller's own session and touches nobody else's.
      "another cluster's viewer": {
        own: 303,
        scope: (w) => outsideAccount(w.viewerB.accountId, w.b.clusterId),
      },
      "another cluster's admin": {
        own: 303,
        scope: (w) => outsideAccount(w.adminB.accountId, w.b.clusterId),
      },
    },
  },
  {
    method: 'GET',
    path: '/account',
    area: 'page',
    url: () => '/account',
    ok: 200,
    outcomes: { "another cluster's viewer": { own: 200 }, "another cluster's admin": { own: 200 } },
  },
  {
    method: 'POST',
    path: '/account/sessions/revoke',
    area: 'page',
    url: () => '/account/sessions/revoke',
    body: (w) => ({ session: w.secondSessionA }),
    ok: 303,
    outcomes: {
      "another cluster's viewer": { refused: [404] },
      "another cluster's admin": { refused: [404] },
    },
  },
  {
    method: 'GET',
    path: '/',
    area: 'page',
    url: () => '/',
    ok: 200,
    outcomes: { "another cluster's viewer": { own: 200 }, "another cluster's admin": { own: 200 } },
  },

  // ---- Admin pages: an admin of the unit's cluster only.
  { method: 'GET', path: '/admin', area: 'admin', url: () => '/admin', ok: 303 },
  { method: 'GET', path: '/admin/units', area: 'admin', url: () => '/admin/units', ok: 200 },
  {
    method: 'POST',
    path: '/admin/units',
    area: 'admin',
    url: () => '/admin/units',
    body: (w) => ({ name: 'Trường mới', kind: 'school', parent: w.a.wardId, validFrom: '2025-09-01' }),
    ok: 303,
  },
  {
    method: 'GET',
    path: '/admin/units/:id',
    area: 'admin',
    url: (w) => `/admin/units/${w.a.wardId}`,
    ok: 200,
    outcomes: { "another cluster's admin": { refused: [404] } },
  },
  {
    method: 'POST',
    path: '/admin/units/:id/rename',
    area: 'admin',
    url: (w) => `/admin/units/${w.a.wardId}/rename`,
    body: () => ({ name: 'Tên mới' }),
    ok: 303,
  },
  {
    method: 'POST',
    path: '/admin/units/:id/move',
    area: 'admin',
    url: (w) => `/admin/units/${w.a.schoolId}/move`,
    body: (w) => ({ parent: w.a.clusterId, date: new Date().toISOString().slice(0, 10) }),
    ok: 303,
  },
  {
    method: 'POST',
    path: '/admin/units/:id/assignments',
    area: 'admin',
    url: (w) => `/admin/units/${w.a.wardId}/assignments`,
    body: (w) => ({ procedure: w.unassignedProcedure }),
    ok: 303,
  },
  {
    method: 'POST',
    path: '/admin/units/:id/assignments/remove',
    area: 'admin',
    url: (w) => `/admin/units/${w.a.wardId}/assignments/remove`,
    body: (w) => ({ procedure: w.answeredA.subject }),
    ok: 303,
  },
  {
    method: 'GET',
    path: '/admin/codes',
    area: 'admin',
    url: (w) => `/admin/codes?unit=${w.a.wardId}`,
    ok: 200,
  },
  {
    method: 'POST',
    path: '/admin/codes',
    area: 'admin',
    url: () => '/admin/codes',
    body: (w) => ({ unit: w.a.wardId, days: '30', devices: '1' }),
    ok: 201,
  },
  {
    method: 'POST',
    path: '/admin/codes/revoke',
    area: 'admin',
    url: () => '/admin/codes/revoke',
    body: (w) => ({ code: w.liveCodeHandleA }),
    ok: 303,
  },
  {
    method: 'GET',
    path: '/admin/devices',
    area: 'admin',
    url: (w) => `/admin/devices?unit=${w.a.wardId}`,
    ok: 200,
  },
  {
    method: 'POST',
    path: '/admin/devices/revoke',
    area: 'admin',
    url: () => '/admin/devices/revoke',
    body: (w) => ({ device: w.deviceA.deviceId }),
    ok: 303,
  },
  { method: 'GET', path: '/admin/accounts', area: 'admin', url: () => '/admin/accounts', ok: 200 },
  {
    method: 'POST',
    path: '/admin/accounts',
    area: 'admin',
    url: () => '/admin/accounts',
    body: () => ({
      username: `new-${crypto.randomUUID().slice(0, 8)}`,
      displayName: 'Người mới',
      role: 'viewer',
    }),
    ok: 201,
    outcomes: {
      // No target: B's admin creates the account in B's own cluster (mass-assignment.test.ts
      // shows the cluster cannot be chosen in the form).
      "another cluster's admin": {
        own: 201,
        scope: (w) => outsideAccount(w.adminB.accountId, w.b.clusterId),
      },
    },
  },
  ...(['disable', 'enable', 'password'] as const).map(
    (change): Route => ({
      method: 'POST',
      path: `/admin/accounts/:id/${change}`,
      area: 'admin',
      url: (w) => `/admin/accounts/${w.viewerA.accountId}/${change}`,
      body: () => ({}),
      ok: change === 'password' ? 200 : 303,
    }),
  ),
  { method: 'GET', path: '/admin/audit', area: 'admin', url: () => '/admin/audit', ok: 200 },

  // ---- Catalogue import: the upload form, its preview (keeps the plan as a draft), confirming it.
  {
    method: 'GET',
    path: '/admin/import',
    area: 'admin',
    url: (w) => `/admin/import?unit=${w.a.schoolId}`,
    ok: 200,
  },
  {
    method: 'POST',
    path: '/admin/import/preview',
    area: 'admin',
    url: () => '/admin/import/preview',
    // A CSV of one procedure new to the catalogue: the preview keeps a draft of it.
    body: (w) => ({ unit: w.a.schoolId, file: catalogueUpload() }),
    multipart: true,
    ok: 200,
  },
  {
    method: 'POST',
    path: '/admin/import/apply',
    area: 'admin',
    url: () => '/admin/import/apply',
    // Each world's draft is applied once, by the positive control: no refusal may apply it first.
    body: (w) => ({ draft: w.draftA }),
    ok: 303,
  },

  // ---- Reports (issue #9): the printable page and its exports; any account gets its own
  // cluster's report, whatever the query names.
  ...['/report', '/report.csv', '/report.xlsx'].map(
    (path): Route => ({
      method: 'GET',
      path,
      area: 'page',
      url: () => `${path}?cluster=${encodeURIComponent('khu-vuc-go-vap')}`,
      ok: 200,
      outcomes: { "another cluster's viewer": { own: 200 }, "another cluster's admin": { own: 200 } },
    }),
  ),
  // Cluster report settings: no target, so B's admin changes B's own cluster.
  { method: 'GET', path: '/admin/settings', area: 'admin', url: () => '/admin/settings', ok: 200 },
  {
    method: 'POST',
    path: '/admin/settings',
    area: 'admin',
    url: () => '/admin/settings',
    body: () => ({ cutoffDay: '15', recheckMonths: '6' }),
    ok: 303,
    outcomes: {
      "another cluster's admin": {
        own: 303,
        // B's settings row is B's to write; A's must stay as it was.
        scope: (w) => ({
          ...outsideAccount(w.adminB.accountId, w.b.clusterId),
          cluster_setting: ['cluster_id <> ?1', w.b.clusterId],
        }),
      },
    },
  },

  // ---- A unit's page, its review, one procedure or item across the cluster, photos (issue #9):
  // any account of the unit's cluster; a unit or photo of A is unknown to B's accounts.
  ...(['/unit/:id', '/unit/:id/procedure/:key'] as const).map(
    (path): Route => ({
      method: 'GET',
      path,
      area: 'page',
      url: (w) =>
        path === '/unit/:id' ? `/unit/${w.a.wardId}` : `/unit/${w.a.wardId}/procedure/${w.answeredA.subject}`,
      ok: 200,
      outcomes: {
        "another cluster's viewer": { refused: [404] },
        "another cluster's admin": { refused: [404] },
      },
    }),
  ),
  {
    method: 'POST',
    path: '/unit/:id/review',
    area: 'page',
    url: (w) => `/unit/${w.a.wardId}/review`,
    body: (w) => ({
      period: '2026-Q4',
      state: 'can_bo_sung',
      comment: 'Bổ sung ảnh niêm yết',
      subject_0: w.answeredA.subject,
      item_0: 'P01',
      note_0: 'Thiếu ảnh',
    }),
    ok: 303,
    outcomes: { "another cluster's viewer": { refused: [404] } },
  },
  // The same procedure is assigned in B: B's accounts see it in their own units only.
  ...(['/procedure/:key', '/item/:id'] as const).map(
    (path): Route => ({
      method: 'GET',
      path,
      area: 'page',
      url: (w) => (path === '/item/:id' ? '/item/P01' : `/procedure/${w.answeredA.subject}`),
      ok: 200,
      outcomes: { "another cluster's viewer": { own: 200 }, "another cluster's admin": { own: 200 } },
    }),
  ),

  // ---- Photos (API, raw bytes). Last in the table: the fuzz seeds each route by its place here,
  // and a route added before others would change what they are sent.
  {
    method: 'PUT',
    path: '/api/v1/photos/:hash',
    area: 'api',
    url: (w) => `/api/v1/photos/${w.freshPhotoA.hash}`,
    photo: (w) => w.freshPhotoA,
    ok: 204,
    outcomes: {
      // The unit comes from the token: B's device sending the bytes uploads them for B (the row
      // of B's ward, the object of the bytes), and gains nothing of A's.
      "another unit's device token": {
        own: 204,
        scope: (w): SnapshotScope => ({
          photo: ['unit_id <> ?1', w.b.wardId],
          [PHOTO_BUCKET]: { except: [`photos/${w.freshPhotoA.hash}`] },
        }),
      },
    },
  },
  {
    method: 'GET',
    path: '/api/v1/photos/:hash',
    area: 'api',
    url: (w) => `/api/v1/photos/${w.photoA.hash}`,
    ok: 200,
    // A photo of A is answered to B as one that does not exist.
    outcomes: { "another unit's device token": { refused: [404] } },
  },

  // ---- A photo through the dashboard (issue #9), after the others for the same reason: any
  // account of a cluster with a unit that uploaded it; to B's accounts A's photo does not exist.
  {
    method: 'GET',
    path: '/photos/:hash',
    area: 'page',
    url: (w) => `/photos/${w.photoA.hash}`,
    ok: 200,
    outcomes: {
      "another cluster's viewer": { refused: [404] },
      "another cluster's admin": { refused: [404] },
    },
  },
];

/** A multipart form as a browser sends it: fields in order, each {@link Upload} as a file. */
export function formDataOf(fields: Record<string, string | Upload>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new File([value.content], value.fileName, { type: value.type }));
  return form;
}

/**
 * Routes with no credential to test: public by design (sign-in, the stylesheet); their own
 * defences are in csrf.test.ts and rate-limits.test.ts.
 */
export const PUBLIC_ROUTES = ['GET /login', 'POST /login', 'GET /assets/dashboard.css', 'GET /api/v1/health'];
