import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { seedTestCluster, signedIn } from '../sign-in.ts';

const settingOf = (clusterId: string) =>
  env.DB.prepare(
    'SELECT cutoff_day AS cutoffDay, recheck_months AS recheckMonths FROM cluster_setting WHERE cluster_id = ?1',
  )
    .bind(clusterId)
    .first<{ cutoffDay: number | null; recheckMonths: number }>();

const auditOf = async (accountId: string) =>
  (
    await env.DB.prepare(
      'SELECT action, target_id AS target, before, after FROM audit_log WHERE account_id = ?1 ORDER BY id',
    )
      .bind(accountId)
      .all<{ action: string; target: string; before: string; after: string }>()
  ).results;

describe('admin: report settings of the cluster (issue #9)', () => {
  it('shows calendar months and a quarterly re-check until an admin saves a cut-off day, with an audit entry', async () => {
    const { clusterId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const first = await (await admin.get('/admin/settings')).text();

    const saved = await admin.post('/admin/settings', { cutoffDay: '15', recheckMonths: '6' });
    const again = await admin.post('/admin/settings', { cutoffDay: 'calendar', recheckMonths: '12' });
    const page = await (await admin.get('/admin/settings?saved=1')).text();

    expect(first).toMatch(/<option value="calendar" selected>Theo tháng dương lịch/);
    expect(first).toMatch(/<input name="recheckMonths" type="number" min="1" max="24" value="3"/);
    expect(first).toMatch(/<label>Ngày chốt số liệu hằng tháng<select name="cutoffDay"/);
    expect(first).toContain('href="/admin/settings" aria-current="page"');
    expect(saved.status).toBe(303);
    expect(saved.headers.get('Location')).toBe('/admin/settings?saved=1');
    expect(again.status).toBe(303);
    expect(await settingOf(clusterId)).toEqual({ cutoffDay: null, recheckMonths: 12 });
    expect(page).toContain('Đã lưu cài đặt báo cáo.');
    expect(page).toMatch(/<input name="recheckMonths" type="number" min="1" max="24" value="12"/);
    expect(await auditOf(admin.accountId)).toEqual([
      {
        action: 'settings.update',
        target: clusterId,
        before: JSON.stringify({ cutoffDay: null, recheckMonths: 3 }),
        after: JSON.stringify({ cutoffDay: 15, recheckMonths: 6 }),
      },
      {
        action: 'settings.update',
        target: clusterId,
        before: JSON.stringify({ cutoffDay: 15, recheckMonths: 6 }),
        after: JSON.stringify({ cutoffDay: null, recheckMonths: 12 }),
      },
    ]);
    expect(await (await admin.get('/admin/audit')).text()).toContain('Đổi cài đặt báo cáo');
  });

  it('shows what the cut-off means for the running quarter', async () => {
    const { clusterId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    await admin.post('/admin/settings', { cutoffDay: '20', recheckMonths: '3' });

    const page = await (await admin.get('/admin/settings')).text();

    expect(page).toMatch(/<option value="20" selected>Ngày 20<\/option>/);
    expect(page).toMatch(
      /Với cài đặt đang dùng, Quý [IV]+\/\d{4} tính từ ngày 21\/\d\d\/\d{4} đến hết ngày 20\/\d\d\/\d{4}\./,
    );
  });

  it.each([
    ['day 29', { cutoffDay: '29', recheckMonths: '3' }],
    ['day 0', { cutoffDay: '0', recheckMonths: '3' }],
    ['a day with a leading zero', { cutoffDay: '05', recheckMonths: '3' }],
    ['a fraction of a day', { cutoffDay: '15.5', recheckMonths: '3' }],
    ['no day', { cutoffDay: '', recheckMonths: '3' }],
    ['a word', { cutoffDay: 'cuối tháng', recheckMonths: '3' }],
    ['no re-check interval', { cutoffDay: '15', recheckMonths: '' }],
    ['a re-check of 0 months', { cutoffDay: '15', recheckMonths: '0' }],
    ['a re-check of 25 months', { cutoffDay: '15', recheckMonths: '25' }],
    ['a field the form does not have', { cutoffDay: '15', recheckMonths: '3', clusterId: 'other' }],
  ])('refuses %s in words, changing nothing', async (_, fields) => {
    const { clusterId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);

    const response = await admin.post('/admin/settings', fields);

    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Thông tin gửi lên không hợp lệ: [^<]*[a-zà-ỹ]/);
    expect(await settingOf(clusterId)).toBeNull();
    expect(await auditOf(admin.accountId)).toEqual([]);
  });

  it('needs the form’s CSRF token and an admin of the cluster', async () => {
    const { clusterId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const viewer = await signedIn('viewer', clusterId);
    const fields = { cutoffDay: '15', recheckMonths: '3' };

    const forged = await admin.post('/admin/settings', fields, { csrf: viewer.csrf });
    const foreign = await admin.post('/admin/settings', fields, { origin: 'https://evil.example' });
    const byViewer = await viewer.post('/admin/settings', fields);
    const viewerPage = await viewer.get('/admin/settings');

    expect(forged.status).toBe(403);
    expect(foreign.status).toBe(403);
    expect(byViewer.status).toBe(403);
    expect(viewerPage.status).toBe(403);
    expect(await settingOf(clusterId)).toBeNull();
    expect(await auditOf(admin.accountId)).toEqual([]);
  });

  it('changes only the admin’s own cluster', async () => {
    const mine = await seedTestCluster();
    const theirs = await seedTestCluster();
    const admin = await signedIn('admin', mine.clusterId);

    await admin.post('/admin/settings', { cutoffDay: '10', recheckMonths: '2' });

    expect(await settingOf(mine.clusterId)).toEqual({ cutoffDay: 10, recheckMonths: 2 });
    expect(await settingOf(theirs.clusterId)).toBeNull();
  });
});
