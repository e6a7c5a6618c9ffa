import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, startLocalWorker } from '../support/local-worker.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;

// The options page as a clerk meets it: check the address, enrol without naming the device,
// and be asked before unenrolling.
describe('options page', () => {
  let worker: LocalWorker;
  let browser: LoadedExtension;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
      throw new Error('Build the extension first: npx wxt build');
    worker = await startLocalWorker(8790);
    browser = await launchExtension(EXTENSION_DIR);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it('says whether a CongKhai server answers at the address', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.id}/options.html`);
    const status = page.locator('[data-server-check]');

    await page.getByLabel('Địa chỉ máy chủ').fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
    await expect.poll(() => status.getAttribute('data-server-check')).toBe('unreachable');
    expect(await status.textContent()).toContain('Không kết nối được');

    await page.getByLabel('Địa chỉ máy chủ').fill(worker.url);
    await page.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
    await expect.poll(() => status.getAttribute('data-server-check')).toBe('congkhai');
    expect(await status.textContent()).toContain('máy chủ CongKhai');
    await page.close();
  });

  it('names a device after its unit and browser when the person gives no name', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.id}/options.html`);
    await page.getByLabel('Địa chỉ máy chủ').fill(worker.url);
    await page.getByLabel('Mã kích hoạt').fill('DEMO-TRUONGSON');
    await page.getByRole('button', { name: 'Đăng ký thiết bị' }).click();

    await expect
      .poll(() => page.locator('[data-device-label]').textContent())
      .toBe('THCS Trường Sơn · Chrome');
    await page.close();
  });

  it('asks before unenrolling, saying a new code will be needed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.id}/options.html`);
    await page.getByRole('button', { name: 'Gỡ đăng ký' }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('mã kích hoạt mới');

    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    expect(await page.locator('[data-enrolled-unit]').count()).toBe(1);

    await page.getByRole('button', { name: 'Gỡ đăng ký' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Gỡ đăng ký' }).click();
    await expect.poll(() => page.getByLabel('Mã kích hoạt').count()).toBe(1);
    // The form and the enrolled unit are read from storage by two live queries: the unit may go a
    // frame after the form comes.
    await expect.poll(() => page.locator('[data-enrolled-unit]').count()).toBe(0);
    await page.close();
  });
});
