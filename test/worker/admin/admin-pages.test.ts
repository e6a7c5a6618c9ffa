import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { seedTestCluster, signedIn } from '../sign-in.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

const audit = async (accountId: string) =>
  (
    await env.DB.prepare(
      'SELECT action, target_id AS target FROM audit_log WHERE account_id = ?1 ORDER BY id',
    )
      .bind(accountId)
      .all<{ action: string; target: string | null }>()
  ).results.map((row) => row.action);

/** The secret a "shown once" page shows. */
const secretOf = async (response: Response) =>
  /data-secret[^>]*>([^<]+)</.exec(await response.text())?.[1] ?? '';

describe('admin: the org tree', () => {
  it('adds a school under a ward, renames it, moves it with a date, and keeps where it was', async () => {
    const { clusterId, wardId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const other = await env.DB.prepare(
      "INSERT INTO org_unit (id, kind, name, valid_from) VALUES (?1, 'ward', 'Phường mới', '2025-07-01')",
    )
      .bind(`ward-b-${clusterId}`)
      .run()
      .then(() =>
        env.DB.prepare("INSERT INTO org_link (unit_id, parent_id, valid_from) VALUES (?1, ?2, '2025-07-01')")
          .bind(`ward-b-${clusterId}`, clusterId)
          .run(),
      )
      .then(() => `ward-b-${clusterId}`);

    const created = await admin.post('/admin/units', {
      name: 'THCS Lê Lợi',
      kind: 'school',
      parent: wardId,
      validFrom: '2025-07-01',
    });
    const location = created.headers.get('Location')!;
    const schoolId = decodeURIComponent(/\/admin\/units\/([^?]+)/.exec(location)![1]!);
    await admin.post(`/admin/units/${schoolId}/rename`, { name: 'THCS Lê Lợi (cơ sở 1)' });
    await admin.post(`/admin/units/${schoolId}/move`, { parent: other, date: '2026-01-01' });
    const page = await (await admin.get(`/admin/units/${schoolId}`)).text();

    expect(created.status).toBe(303);
    expect(schoolId).toMatch(/^thcs-le-loi-/);
    expect(page).toContain('THCS Lê Lợi (cơ sở 1)');
    const links = await env.DB.prepare(
      'SELECT parent_id, valid_from, valid_to FROM org_link WHERE unit_id = ?1 ORDER BY valid_from',
    )
      .bind(schoolId)
      .all();
    expect(links.results).toEqual([
      { parent_id: wardId, valid_from: '2025-07-01', valid_to: '2026-01-01' },
      { parent_id: other, valid_from: '2026-01-01', valid_to: null },
    ]);
    expect(await audit(admin.accountId)).toEqual(['unit.create', 'unit.rename', 'unit.move']);
  });

  it('refuses a move into the unit’s own subtree and a school over a school, in words', async () => {
    const { clusterId, wardId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);

    const loop = await admin.post(`/admin/units/${wardId}/move`, { parent: wardId, date: '2026-01-01' });
    const kinds = await admin.post('/admin/units', {
      name: 'X',
      kind: 'school',
      parent: schoolId,
      validFrom: '2025-07-01',
    });

    expect(loop.status).toBe(400);
    expect(await loop.text()).toContain('trường phải trực thuộc');
    expect(kinds.status).toBe(400);
  });

  it('assigns and unassigns a procedure, audited', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    await env.DB.prepare(
      "INSERT OR IGNORE INTO procedure (key, code, name, field, level) VALUES ('9.999999', '9.999999', 'Thủ tục thử', 'Thử', 'xã')",
    ).run();

    await admin.post(`/admin/units/${schoolId}/assignments`, { procedure: '9.999999' });
    const assigned = await env.DB.prepare('SELECT procedure_key FROM assignment WHERE unit_id = ?1')
      .bind(schoolId)
      .all();
    await admin.post(`/admin/units/${schoolId}/assignments/remove`, { procedure: '9.999999' });
    const after = await env.DB.prepare('SELECT procedure_key FROM assignment WHERE unit_id = ?1')
      .bind(schoolId)
      .all();

    expect(assigned.results).toEqual([{ procedure_key: '9.999999' }]);
    expect(after.results).toEqual([]);
    expect(await audit(admin.accountId)).toEqual(['assignment.add', 'assignment.remove']);
  });

  it('answers a unit of another cluster as if it did not exist', async () => {
    const mine = await seedTestCluster();
    const theirs = await seedTestCluster();
    const admin = await signedIn('admin', mine.clusterId);

    expect((await admin.get(`/admin/units/${theirs.schoolId}`)).status).toBe(404);
    expect((await admin.post(`/admin/units/${theirs.schoolId}/rename`, { name: 'Bị đổi' })).status).toBe(404);
    const name = await env.DB.prepare('SELECT name FROM org_unit WHERE id = ?1')
      .bind(theirs.schoolId)
      .first('name');
    expect(name).not.toBe('Bị đổi');
  });
});

describe('admin: enrolment codes and devices', () => {
  it('issues a code shown once, which enrols as many devices as it allows; revoking a device refuses its token', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);

    const issued = await admin.post('/admin/codes', { unit: schoolId, days: '7', devices: '2' });
    const code = await secretOf(issued);
    const listing = await (await admin.get('/admin/codes')).text();
    const enrol = () =>
      workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code, label: 'Máy văn thư' }));
    const first = await enrol();
    const second = await enrol();
    const third = await enrol();
    const { token, deviceId } = (await first.json()) as { token: string; deviceId: string };
    const revoke = await admin.post('/admin/devices/revoke', { device: deviceId });
    const pull = await workerFetch(`/api/v1/sync/pull?unit=${schoolId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });

    expect(issued.status).toBe(201);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(listing).not.toContain(code);
    expect([first.status, second.status, third.status]).toEqual([201, 201, 400]);
    expect(revoke.status).toBe(303);
    expect(pull.status).toBe(401);
    expect(((await pull.json()) as { error: { code: string } }).error.code).toBe('token_revoked');
    expect(await audit(admin.accountId)).toEqual(['code.issue', 'device.revoke']);
  });

  it('revokes a code: it enrols nothing more', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const code = await secretOf(
      await admin.post('/admin/codes', { unit: schoolId, days: '7', devices: '5' }),
    );
    const handle = /name="code" value="([0-9a-f]{16})"/.exec(
      await (await admin.get('/admin/codes')).text(),
    )![1]!;

    await admin.post('/admin/codes/revoke', { code: handle });
    const enrol = await workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code }));

    expect(enrol.status).toBe(400);
  });
});

describe('admin: accounts', () => {
  it('creates a reviewer with a password shown once that signs in; disabling ends their sessions', async () => {
    const { clusterId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const username = `rv-${crypto.randomUUID().slice(0, 6)}`;

    const created = await admin.post('/admin/accounts', {
      username,
      displayName: 'Cán bộ rà soát',
      role: 'viewer',
    });
    const password = await secretOf(created);
    const stored = await env.DB.prepare(
      'SELECT id, role, cluster_id AS clusterId, password_iterations AS iterations FROM account WHERE username = ?1',
    )
      .bind(username)
      .first<{ id: string; role: string; clusterId: string; iterations: number }>();
    const disabled = await admin.post(`/admin/accounts/${stored!.id}/disable`);
    const list = await (await admin.get('/admin/accounts')).text();

    expect(created.status).toBe(201);
    expect(password).toMatch(/^([A-Z2-9]{4}-){3}[A-Z2-9]{4}$/);
    expect(stored).toMatchObject({ role: 'viewer', clusterId, iterations: 100_000 });
    expect(disabled.status).toBe(303);
    expect(list).toContain('Đã khoá');
    expect(await audit(admin.accountId)).toEqual(['account.create', 'account.disable']);
  });

  it('refuses a taken username, and an admin disabling themself', async () => {
    const { clusterId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);

    const taken = await admin.post('/admin/accounts', {
      username: admin.username,
      displayName: 'X',
      role: 'viewer',
    });
    const self = await admin.post(`/admin/accounts/${admin.accountId}/disable`);

    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain('tên đăng nhập này đã có');
    expect(self.status).toBe(400);
  });

  it('keeps viewers out of every admin page', async () => {
    const { clusterId } = await seedTestCluster();
    const viewer = await signedIn('viewer', clusterId);

    for (const path of [
      '/admin/units',
      '/admin/codes',
      '/admin/devices',
      '/admin/accounts',
      '/admin/audit',
    ]) {
      const response = await viewer.get(path);
      expect(response.status, path).toBe(403);
      expect(await response.text()).toContain('không có quyền');
    }
  });

  it('shows the audit log with who, what and when', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    await admin.post(`/admin/units/${schoolId}/rename`, { name: 'Trường đổi tên' });

    const page = await (await admin.get('/admin/audit')).text();

    expect(page).toContain('Đổi tên đơn vị');
    expect(page).toContain(`Người dùng ${admin.username}`);
    expect(page).toContain('Trường đổi tên');
  });
});
