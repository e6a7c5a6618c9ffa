import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSql } from '../../worker/dev/account-sql.ts';
import { runWrangler } from '../../worker/dev/run-wrangler.ts';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, signInDashboard, startLocalWorker } from '../support/local-worker.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
const SCHOOL = 'THCS Lê Văn Tám';

/** A procedure list as the national portal exports it: a title row, then the headers, then rows. */
function portalExport(path: string): void {
  const rows = [
    ['Danh sách thủ tục hành chính'],
    ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Cấp thực hiện', 'Tình trạng', 'QĐ công bố'],
    [
      '1.900001',
      'Tiếp nhận học sinh chuyển đến trường',
      'Giáo dục trung học',
      'Cấp Xã',
      'Còn hiệu lực',
      '123/QĐ-UBND',
    ],
    [
      '1.900002',
      'Xác nhận học bạ cho học sinh',
      'Giáo dục trung học',
      'Cấp Xã',
      'Còn hiệu lực',
      '123/QĐ-UBND',
    ],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'TTHC');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
}

// A district set up from the admin pages in real Chromium against wrangler dev with local D1.
describe('admin sets up a school; its device enrols and syncs; another cluster sees nothing', () => {
  let worker: LocalWorker;
  let browser: Browser;
  let admin: Page;
  let device: LoadedExtension;
  const files = mkdtempSync(join(tmpdir(), 'congkhai-import-'));
  let schoolId = '';
  let code = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
      throw new Error('Build the extension first: npx wxt build');
    worker = await startLocalWorker(8792);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--disable-gpu', '--disable-quic'],
    });
    admin = await browser.newPage();
    device = await launchExtension(EXTENSION_DIR);
  });

  afterAll(async () => {
    await device?.close();
    await browser?.close();
    await worker?.stop();
    rmSync(files, { recursive: true, force: true });
  });

  it('signs the admin in and creates a school under a ward', async () => {
    await signInDashboard(admin, worker, 'admin');
    await admin.goto(`${worker.url}/admin/units`);
    await admin.getByLabel('Tên đơn vị').fill(SCHOOL);
    await admin.getByLabel('Loại').selectOption('school');
    await admin.getByLabel('Trực thuộc').selectOption({ label: 'Phường Gò Vấp' });
    await Promise.all([
      admin.waitForURL(/\/admin\/units\/thcs-le-van-tam-/),
      admin.getByRole('button', { name: 'Thêm' }).click(),
    ]);
    schoolId = decodeURIComponent(/\/admin\/units\/([^?]+)/.exec(admin.url())![1]!);
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe(SCHOOL);
  });

  it('imports the school’s procedures from the portal’s Excel export, after a preview', async () => {
    const file = join(files, 'danh-sach-tthc.xlsx');
    portalExport(file);
    await admin.goto(`${worker.url}/admin/import?unit=${encodeURIComponent(schoolId)}`);
    await admin.locator('input[type=file]').setInputFiles(file);
    await admin.getByRole('button', { name: 'Xem trước' }).click();
    await expect
      .poll(() => admin.locator('table').textContent())
      .toContain('Tiếp nhận học sinh chuyển đến trường');
    await Promise.all([
      admin.waitForURL(/saved=1/),
      admin.getByRole('button', { name: 'Xác nhận nhập' }).click(),
    ]);
    const assigned = await admin
      .locator('[data-procedure]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-procedure')));
    expect(assigned).toEqual(['1.900001', '1.900002']);
  });

  it('issues an enrolment code, shown once', async () => {
    await admin.goto(`${worker.url}/admin/codes?unit=${encodeURIComponent(schoolId)}`);
    await admin.getByRole('button', { name: 'Cấp mã' }).first().click();
    code = (await admin.locator('[data-secret]').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });

  it('enrols a device with the code; it gets the school’s catalogue and syncs an answer', async () => {
    const options = await device.context.newPage();
    await options.goto(`chrome-extension://${device.id}/options.html`);
    await options.getByLabel('Địa chỉ máy chủ').fill(worker.url);
    await options.getByLabel('Mã kích hoạt').fill(code.toLowerCase());
    await options.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
    await expect.poll(() => options.locator('[data-enrolled-unit]').textContent()).toBe(SCHOOL);

    const panel = await device.context.newPage();
    await panel.goto(`chrome-extension://${device.id}/sidepanel.html?code=1.900001`);
    await panel.locator('[data-item="P06"]').getByRole('radio', { name: 'Đạt', exact: true }).check();
    await expect
      .poll(() => panel.locator('[data-sync-state]').getAttribute('data-sync-state'), { timeout: 30_000 })
      .toBe('synced');
    await admin.goto(`${worker.url}/admin/devices?unit=${encodeURIComponent(schoolId)}`);
    expect(await admin.locator('[data-device]').count()).toBe(1);
    expect(await admin.locator('[data-device]').textContent()).toContain(SCHOOL);
  });

  it('a revoked device is told so in words at its next sync', async () => {
    await admin.getByRole('button', { name: /Thu hồi/ }).click();
    const panel = await device.context.newPage();
    await panel.goto(`chrome-extension://${device.id}/sidepanel.html?code=1.900001`);
    await expect
      .poll(() => panel.locator('[data-sync-state]').textContent(), { timeout: 30_000 })
      .toContain('thu hồi quyền đồng bộ');
  });

  it('a viewer of another cluster cannot see the school', async () => {
    const sql = await accountSql({
      username: 'khach',
      displayName: 'Cán bộ khu vực khác',
      role: 'viewer',
      clusterId: 'khu-vuc-khac',
      clusterName: 'Khu vực khác',
      password: 'mat-khau-khu-vuc-khac',
    });
    runWrangler(['d1', 'execute', 'DB', '--local', '--persist-to', worker.state!, '--command', sql], ROOT);
    const stranger = await browser.newPage();
    await stranger.goto(`${worker.url}/login`);
    await stranger.getByLabel('Tên đăng nhập').fill('khach');
    await stranger.getByLabel('Mật khẩu').fill('mat-khau-khu-vuc-khac');
    await Promise.all([
      stranger.waitForURL(`${worker.url}/`),
      stranger.getByRole('button', { name: 'Đăng nhập' }).click(),
    ]);

    expect(await stranger.content()).not.toContain(SCHOOL);
    const direct = await stranger.goto(`${worker.url}/admin/units/${encodeURIComponent(schoolId)}`);
    expect(direct?.status()).toBe(403);
    expect(await stranger.content()).not.toContain(SCHOOL);
  });
});
