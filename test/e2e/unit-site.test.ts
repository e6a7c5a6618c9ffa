import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, startLocalWorker } from '../support/local-worker.ts';

const BUILT = `${ROOT}.output/chrome-mv3`;
const SITE = 'https://thcstruongson.hcm.edu.vn';
const LEGACY =
  'https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481';
const corpus = (path: string) => readFileSync(`${ROOT}test/fixtures/corpus/${path}`, 'utf8');

/**
 * The built extension with the school's site granted up front. Headless Chromium cannot answer
 * the prompt of `permissions.request` (no flag auto-accepts it, and `developerPrivate` only grants
 * withheld required hosts), so the grant is made the one other way the browser reports through
 * `permissions.getAll`: a host permission in the manifest of a copy. The id stays pinned by its key.
 */
function buildWithGrantedSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'congkhai-ext-'));
  cpSync(BUILT, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${SITE}/*`];
  writeFileSync(`${dir}/manifest.json`, JSON.stringify(manifest));
  return dir;
}

/** What the service worker has registered under the unit-site id (the test's types have no `chrome`). */
const registeredMatches = (worker: Worker) =>
  worker.evaluate(async () => {
    const { scripting } = (globalThis as unknown as { chrome: { scripting: ScriptingLike } }).chrome;
    const [script] = await scripting.getRegisteredContentScripts({ ids: ['unit-site'] });
    return script?.matches ?? null;
  });

interface ScriptingLike {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ matches?: string[] }[]>;
}

const autoStatus = (page: Page, item: string) =>
  page.locator(`[data-item="${item}"] [data-auto-status]`).getAttribute('data-auto-status');

// Unit website end to end: background registration for the granted host, the content script on
// the school's page (served from the corpus at its real address), the badge, and the side panel.
describe('unit website → extension → side panel', () => {
  let worker: LocalWorker;
  let browser: LoadedExtension;
  let extensionDir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${BUILT}/manifest.json`)) throw new Error('Build the extension first: npx wxt build');
    extensionDir = buildWithGrantedSite();
    worker = await startLocalWorker(8793);
    browser = await launchExtension(extensionDir);
    await browser.context.route(`${SITE}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/thu-tuc-hanh-chinh')
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: corpus('unit-site/truong-son-tthc-table.html'),
        });
      return route.fulfill({ status: 404, contentType: 'text/html', body: '<p>Không tìm thấy trang</p>' });
    });
    await browser.context.route('https://thutuc.dichvucong.gov.vn/**', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: corpus('portal-legacy/2.002481-complete.html'),
      }),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it('registers the unit-site script for the granted host only (no portal, no sync server)', async () => {
    const serviceWorker = browser.context.serviceWorkers()[0]!;
    await expect.poll(() => registeredMatches(serviceWorker)).toEqual([`${SITE}/*`]);
  });

  it('lists the granted site in Options and refuses an address that is not a website', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.id}/options.html`);
    await expect.poll(() => page.locator(`[data-granted-site="${SITE}/*"]`).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Gỡ' }).count()).toBe(1);

    await page.getByLabel('Địa chỉ trang web đơn vị').fill('ftp://thcstruongson.hcm.edu.vn');
    await page.getByRole('button', { name: 'Cho phép quét trang web' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('http:// hoặc https://');

    // Enrol, so the unit's catalogue is there to be found on its website.
    await page.getByLabel('Địa chỉ máy chủ').fill(worker.url);
    await page.getByLabel('Mã kích hoạt').fill('DEMO-TRUONGSON');
    await page.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
    await expect.poll(() => page.locator('[data-enrolled-unit]').textContent()).toContain('Trường Sơn');
    await page.goto(`chrome-extension://${browser.id}/sidepanel.html#/unit`);
    await expect
      .poll(() => page.locator('[data-site-listings]').textContent(), { timeout: 30_000 })
      .toContain('Chưa quét trang web nào');
    await page.close();
  });

  it('reads a portal page of 2.002481 before the site is read: P05 not decided yet', async () => {
    const page = await browser.context.newPage();
    await page.goto(LEGACY);
    await expect
      .poll(() => page.locator('congkhai-badge [data-state]').getAttribute('data-state'))
      .toBe('ok');
    // The badge shows before the background has stored the scan: wait for the side panel instead.
    await page.goto(`chrome-extension://${browser.id}/sidepanel.html?code=2.002481`);
    await expect.poll(() => autoStatus(page, 'P08')).toBe('dat');
    expect(await autoStatus(page, 'P05')).toBe('chua_kiem_tra');
    await page.close();
  });

  it('shows the badge on the school page that lists the catalogue', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${SITE}/thu-tuc-hanh-chinh`);
    const badge = page.locator('congkhai-site-badge [role=status]');
    await expect.poll(() => badge.textContent()).toContain('CongKhai: 3 thủ tục · 2 có liên kết Cổng DVC');
    await page.close();
  });

  it('shows the unit items, the site listings and P05 in the side panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.id}/sidepanel.html#/unit`);
    const auto = (item: string) =>
      page.locator(`[data-item="${item}"] [data-auto-status]`).getAttribute('data-auto-status');
    await expect.poll(() => auto('U04')).toBe('dat');
    expect(await auto('U06')).toBe('dat');
    expect(await auto('U09')).toBe('chua_kiem_tra');
    expect(await page.locator('[data-item="U04"]').textContent()).toContain(`${SITE}/thu-tuc-hanh-chinh`);

    const state = (code: string) =>
      page.locator(`[data-site-listing="${code}"]`).getAttribute('data-site-state');
    expect(await state('2.002481')).toBe('linked');
    expect(await state('3.000182')).toBe('no-link');

    const row = page.locator('[data-item="U04"]');
    await row.getByRole('radio', { name: 'Chưa đạt', exact: true }).check();
    await expect.poll(() => row.getByRole('radio', { name: 'Chưa đạt', exact: true }).isChecked()).toBe(true);

    // The portal scan read before the site page now has P05 from the site.
    await page.goto(`chrome-extension://${browser.id}/sidepanel.html?code=2.002481`);
    await expect.poll(() => auto('P05')).toBe('dat');
    await page.close();
  });
});
