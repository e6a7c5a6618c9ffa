import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalResponse } from '../fixtures/reference.ts';
import {
  CHROMIUM,
  EXTENSION_ID,
  type LoadedExtension,
  launchExtension,
} from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, signInDashboard, startLocalWorker } from '../support/local-worker.ts';
import { PORTAL, routePortal } from '../support/route-portal.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
const FORMALITY_ID = '019d2bfd-8e22-77ef-819f-e49460350904';
const UNIT = 'phuong-go-vap';

async function completeFigure(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const text = await page.locator(`tr[data-unit="${UNIT}"] td[data-col="complete"]`).textContent();
  return Number((text ?? '').split('/')[0]);
}

// The whole slice in real parts: built extension in headless Chromium, portal served from the
// saved response at its real URL, wrangler dev with local D1, and the dashboard page.
describe('portal page → extension → sync → dashboard', () => {
  let worker: LocalWorker;
  let browser: LoadedExtension;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
      throw new Error('Build the extension first: npx wxt build');
    worker = await startLocalWorker(8791);
    browser = await launchExtension(EXTENSION_DIR);
    await routePortal(browser.context, { [FORMALITY_ID]: portalResponse('2.000815') });
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it('loads the extension under its pinned id', () => {
    expect(browser.id).toBe(EXTENSION_ID);
  });

  it('enrols the device with a one-time code', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.id}/options.html`);
    await page.getByLabel('Địa chỉ máy chủ').fill(worker.url);
    await page.getByLabel('Mã kích hoạt').fill('DEMO-GOVAP');
    await page.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
    await expect.poll(() => page.locator('[data-enrolled-unit]').textContent()).toContain('Phường Gò Vấp');
    await page.close();
  });

  it('shows the badge on the portal procedure page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${PORTAL}/thu-tuc-hanh-chinh/${FORMALITY_ID}`);
    const badge = page.locator('congkhai-badge [data-state]');
    await expect.poll(() => badge.getAttribute('data-state')).toBe('ok');
    expect(await badge.textContent()).toContain('12 đạt tự động · 8 cần tự kiểm tra');
    await page.close();
  });

  it('answers an item in the side panel and the dashboard figure follows', async () => {
    const page = await browser.context.newPage();
    await signInDashboard(page, worker);
    const before = await completeFigure(page, `${worker.url}/`);

    await page.goto(`chrome-extension://${browser.id}/sidepanel.html?code=2.000815`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('2.000815');
    const row = page.locator('[data-item="P06"]');
    await row.getByRole('radio', { name: 'Đạt', exact: true }).check();
    expect(await row.getByRole('radio', { name: 'Đạt', exact: true }).isChecked()).toBe(true);

    // The answer travels outbox → background push → worker; the dashboard is read afresh each time.
    const dashboard = await browser.context.newPage();
    await expect
      .poll(() => completeFigure(dashboard, `${worker.url}/`), { timeout: 30_000 })
      .toBe(before + 1);
    await expect.poll(() => page.locator('[data-sync-state]').getAttribute('data-sync-state')).toBe('synced');
    await dashboard.close();
    await page.close();
  });

  it('speaks English on the portal page once English is chosen', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.id}/options.html`);
    await options.getByLabel('Ngôn ngữ').selectOption('en');
    await expect.poll(() => options.getByLabel('Language').count()).toBe(1);
    await options.close();

    const page = await browser.context.newPage();
    await page.goto(`${PORTAL}/thu-tuc-hanh-chinh/${FORMALITY_ID}`);
    const badge = page.locator('congkhai-badge [data-state="ok"]');
    await expect.poll(() => badge.textContent()).toContain('12 met automatically · 8 to check yourself');
    await expect.poll(() => page.getByRole('button', { name: 'Highlight' }).count()).toBe(1);
    await page.close();
  });
});
