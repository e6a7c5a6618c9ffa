import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { ROOT } from '../support/local-worker.ts';
import { LEGACY_CODE, openScannedPortalPage } from './scanned-portal-page.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;

/** Where an item's highlight box is on the portal page, and whether it blinks. */
const boxOf = (page: Page, itemId: string) =>
  page.evaluate((id) => {
    const box = document
      .querySelector('congkhai-badge')
      ?.shadowRoot?.querySelector<HTMLElement>(`[data-highlight-item="${id}"]`);
    if (!box) return null;
    const rect = box.getBoundingClientRect();
    return {
      top: rect.top,
      bottom: rect.bottom,
      scrollY: window.scrollY,
      innerHeight: window.innerHeight,
      flash: box.hasAttribute('data-flash'),
    };
  }, itemId);

// Issue #8, words for people: the side panel and the page point at each other. A row's "Xem trên
// trang" takes the person to the part of the portal page that decided the item, and the badge
// on the page opens the side panel.
describe('page and side panel', () => {
  let browser: LoadedExtension;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
      throw new Error('Build the extension first: npx wxt build');
    browser = await launchExtension(EXTENSION_DIR);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('"Xem trên trang" scrolls the portal page to the item and makes its highlight blink', async () => {
    // A short window, so that the legal basis row (P18's part, low in the table) starts below it.
    const page = await openScannedPortalPage(browser.context, { width: 900, height: 400 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html#/p/${LEGACY_CODE}`);

    await panel.locator('[data-item="P18"]').getByRole('button', { name: 'Xem trên trang' }).click();
    await expect.poll(() => boxOf(page, 'P18').then((box) => box?.flash)).toBe(true);
    const box = (await boxOf(page, 'P18'))!;
    // It was below the first screen, and now it is on screen.
    expect(box.top + box.scrollY).toBeGreaterThan(box.innerHeight);
    expect(box.scrollY).toBeGreaterThan(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.innerHeight);
    // Only that item blinks, and only for a moment; the other outlines stay on to show context.
    const blinking = () =>
      page.evaluate(
        () => document.querySelector('congkhai-badge')?.shadowRoot?.querySelectorAll('[data-flash]').length,
      );
    expect(await blinking()).toBe(1);
    await expect.poll(blinking, { timeout: 5_000 }).toBe(0);
    expect(await page.locator('congkhai-badge [data-highlight-item]').count()).toBeGreaterThan(1);

    // Once the page is gone, the row says so in a sentence with what to do.
    await page.close();
    const row = panel.locator('[data-item="P18"]');
    await row.getByRole('button', { name: 'Xem trên trang' }).click();
    await expect.poll(() => row.getByRole('alert').textContent()).toContain('Mở lại trang thủ tục');
    await panel.close();
  });

  it('clicking the badge opens the side panel', async () => {
    const page = await openScannedPortalPage(browser.context);
    const worker = browser.context.serviceWorkers()[0]!;
    const sidePanels = () =>
      worker.evaluate(async () => {
        const { runtime } = (
          globalThis as unknown as {
            chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } };
          }
        ).chrome;
        const contexts = await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
        return contexts.map((context) => new URL(context.documentUrl ?? '').pathname);
      });
    expect(await sidePanels()).toEqual([]);

    // Chrome opens a side panel only in response to a user gesture. A click that no person made
    // (a page timer, once the activation Playwright's own script calls carry has expired after
    // 5 s) is refused — the background reports "may only be called in response to a user
    // gesture" — so the click below counts as the person's, not as any script's.
    await page.evaluate(() =>
      setTimeout(() => {
        document
          .querySelector('congkhai-badge')
          ?.shadowRoot?.querySelector<HTMLElement>('button[data-open-panel]')
          ?.click();
        document.body.dataset.timerClicked = '';
      }, 6_500),
    );
    // Waited out without touching the page: each Playwright call into it would renew the activation.
    await page.waitForTimeout(8_000);
    expect(await page.evaluate(() => 'timerClicked' in document.body.dataset)).toBe(true);
    expect(await sidePanels()).toEqual([]);

    // Playwright's click is real input (CDP mouse events), so it carries the gesture, and the
    // background calls sidePanel.open() within it.
    await page.locator('congkhai-badge').getByRole('button', { name: 'Mở bảng kiểm tra' }).click();
    await expect.poll(sidePanels).toEqual(['/sidepanel.html']);
    await page.close();
  });
});
