import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { ErrorResponseSchema } from '../../../shared/sync/protocol.ts';
import { postForm } from '../sign-in.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';
import { changedTables, dbSnapshot } from './db-snapshot.ts';
import { type SecurityWorld, seedSecurityWorld } from './security-world.ts';

/**
 * Fields the server owns (OWASP API3, mass assignment) are refused when a body carries them: the
 * unit and role of a device come from the code, a device's unit from its token, an account's
 * cluster from the admin, ids and timestamps from the server. Each such request answers 400 and
 * writes nothing; the same request without the extra field is accepted (so the 400 is the
 * extra field's doing).
 */

let w: SecurityWorld;
beforeAll(async () => {
  w = await seedSecurityWorld();
});

const today = () => new Date().toISOString().slice(0, 10);

async function expectRefusedApi(path: string, body: unknown, token?: string) {
  const before = await dbSnapshot();
  const response = await workerFetch(path, jsonInit('POST', body, token));
  const label = JSON.stringify(body).slice(0, 200);
  expect(response.status, label).toBe(400);
  const parsed = v.parse(ErrorResponseSchema, await response.json());
  expect(parsed.error.code, label).toBe('invalid_request');
  expect(changedTables(before, await dbSnapshot()), label).toEqual([]);
}

describe('mass assignment on the API', () => {
  it.each([
    ['unit', (w: SecurityWorld) => w.b.wardId],
    ['unitId', (w: SecurityWorld) => w.b.wardId],
    ['role', () => 'admin'],
    ['deviceId', () => crypto.randomUUID()],
    ['token', () => 'chosen-token-chosen-token-chosen-token-123'],
    ['expiresAt', () => 9_999_999_999_999],
  ])('refuses enrolment with a %s', async (field, value) => {
    const code = w.codes.fresh;

    await expectRefusedApi('/api/v1/devices/enroll', { code, label: 'x', [field]: value(w) });
  });

  it('enrols with the same body without the extra field (the control)', async () => {
    const response = await workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code: w.codes.fresh }));

    expect(response.status).toBe(201);
    expect(((await response.json()) as { unit: { id: string } }).unit.id).toBe(w.a.wardId);
  });

  const mutation = (seq: number, extra: Record<string, unknown> = {}) => ({
    seq,
    unitId: w.a.wardId,
    subject: w.answeredA.subject,
    itemId: 'P03',
    fields: { status: 'dat' },
    hlc: encodeHlc({ wall: Date.now() - 1000, counter: 0, node: 'mass' }),
    ...extra,
  });
  const push = (body: Record<string, unknown>) => ({
    v: 1,
    clientId: `mass-${crypto.randomUUID().slice(0, 8)}`,
    mutations: [mutation(1)],
    ...body,
  });

  it.each([
    ['deviceId', () => crypto.randomUUID()],
    ['version', () => 99],
    ['clocks', () => ({ status: encodeHlc({ wall: Date.now(), counter: 0, node: 'x' }) })],
    ['deleted', () => true],
    ['status', () => 'applied'],
    ['createdAt', () => 1],
    ['__proto__', () => ({ admin: true })],
  ])('refuses a push whose mutation carries %s', async (field, value) => {
    // JSON.stringify drops a literal `__proto__` key: the text is written by hand.
    const body = push({ mutations: [mutation(1)] });
    const text = JSON.stringify(body).replace(
      /}]}$/,
      `,${JSON.stringify(field)}:${JSON.stringify(value())}}]}`,
    );

    await expectRefusedApi('/api/v1/sync/push', text, w.deviceA.token);
  });

  it.each([
    ['unitId', () => w.b.wardId],
    ['deviceId', () => w.deviceB.deviceId],
    ['lastSeq', () => 1000],
    ['serverTime', () => Date.now()],
  ])('refuses a push whose body carries %s', async (field, value) => {
    await expectRefusedApi('/api/v1/sync/push', push({ [field]: value() }), w.deviceA.token);
  });

  it.each([
    ['version', 3],
    ['unitId', 'x'],
    ['deleted', false],
    ['updatedAt', 1],
  ])('refuses a push whose fields carry %s', async (field, value) => {
    await expectRefusedApi(
      '/api/v1/sync/push',
      push({ mutations: [mutation(1, { fields: { status: 'dat', [field]: value } })] }),
      w.deviceA.token,
    );
  });

  it('accepts the same push without extra keys (the control)', async () => {
    const response = await workerFetch('/api/v1/sync/push', jsonInit('POST', push({}), w.deviceA.token));

    expect(response.status).toBe(200);
    expect(((await response.json()) as { results: { status: string }[] }).results[0]?.status).toBe('applied');
  });
});

describe('mass assignment on the sign-in form', () => {
  it('refuses a sign-in form that carries a role or an account id', async () => {
    const extras: Record<string, string>[] = [
      { role: 'admin' },
      { account_id: w.adminA.accountId },
      { cluster: w.b.clusterId },
    ];
    for (const extra of extras) {
      const page = await workerFetch('/login');
      const cookie = /ck_login=[^;]+/.exec(page.headers.get('Set-Cookie') ?? '')![0];
      const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
      const before = await dbSnapshot();
      const response = await postForm(
        '/login',
        { _csrf: token, username: w.viewerA.username, password: 'x', ...extra },
        cookie,
      );

      expect(response.status, JSON.stringify(extra)).toBe(400);
      expect(changedTables(before, await dbSnapshot()), JSON.stringify(extra)).toEqual([]);
    }
  });
});

describe('mass assignment on the admin forms', () => {
  /** Each form with its valid fields, the path it posts to and the status it answers when valid. */
  const forms = (): [string, string, Record<string, string>, number][] => [
    [
      'unit create',
      '/admin/units',
      { name: 'Trường hợp lệ', kind: 'school', parent: w.a.wardId, validFrom: '2025-09-01' },
      303,
    ],
    ['unit rename', `/admin/units/${w.a.wardId}/rename`, { name: 'Phường đổi tên' }, 303],
    ['unit move', `/admin/units/${w.a.schoolId}/move`, { parent: w.a.clusterId, date: today() }, 303],
    ['assignment add', `/admin/units/${w.a.wardId}/assignments`, { procedure: w.unassignedProcedure }, 303],
    [
      'assignment remove',
      `/admin/units/${w.a.wardId}/assignments/remove`,
      { procedure: w.unassignedProcedure },
      303,
    ],
    ['code issue', '/admin/codes', { unit: w.a.wardId, days: '30', devices: '1' }, 201],
    ['code revoke', '/admin/codes/revoke', { code: w.liveCodeHandleA }, 303],
    ['device revoke', '/admin/devices/revoke', { device: w.deviceA.deviceId }, 303],
    [
      'account create',
      '/admin/accounts',
      { username: `mass-${crypto.randomUUID().slice(0, 8)}`, displayName: 'Người mới', role: 'viewer' },
      201,
    ],
    ['account disable', `/admin/accounts/${w.viewerA.accountId}/disable`, {}, 303],
    ['account password', `/admin/accounts/${w.viewerA.accountId}/password`, {}, 200],
    ['session revoke', '/account/sessions/revoke', { session: w.secondSessionA }, 303],
  ];
  /** Server-owned fields a forged form might add. */
  const EXTRA: Record<string, (w: SecurityWorld) => string> = {
    id: () => 'chosen-id',
    cluster_id: (w) => w.b.clusterId,
    clusterId: (w) => w.b.clusterId,
    role: () => 'admin',
    created_at: () => '1',
    created_by: (w) => w.adminB.accountId,
    account_id: (w) => w.adminB.accountId,
    unit_id: (w) => w.b.wardId,
    expires_at: () => '9999999999999',
    password: () => 'chosen-password-123',
    disabled_at: () => '',
  };

  it.each(Object.keys(EXTRA))('refuses every form that carries %s, writing nothing', async (extra) => {
    for (const [name, path, fields] of forms()) {
      // The account form has a `role` of its own: there the extra is a second `role`.
      if (extra in fields) continue;
      const before = await dbSnapshot();
      const response = await w.adminA.post(path, { ...fields, [extra]: EXTRA[extra]!(w) });

      expect(response.status, `${name} + ${extra}`).toBe(400);
      expect(await response.text(), name).toContain('<!doctype html>');
      expect(changedTables(before, await dbSnapshot()), `${name} + ${extra}`).toEqual([]);
    }
  });

  it('refuses a role the code form does not offer and the sign-out form any field', async () => {
    for (const [path, fields] of [
      ['/admin/codes', { unit: w.a.wardId, days: '30', devices: '1', role: 'admin' }],
      ['/admin/accounts', { username: 'role-escalation', displayName: 'X', role: 'superadmin' }],
      ['/logout', { account: w.adminB.accountId }],
    ] as const) {
      const before = await dbSnapshot();
      const response = await w.adminA.post(path, fields);

      expect(response.status, path).toBe(400);
      expect(changedTables(before, await dbSnapshot()), path).toEqual([]);
    }
  });

  it('accepts every form without the extra field (the control), in the cluster of the admin', async () => {
    for (const [name, path, fields, status] of forms()) {
      const response = await w.adminA.post(path, fields);
      expect(response.status, name).toBe(status);
    }
    const created = await w.adminA.get('/admin/accounts');
    expect(await created.text()).toContain('mass-');
  });
});
