import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../extension/i18n/messages.ts';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, startLocalWorker } from '../support/local-worker.ts';
import { chooseLanguage, LEGACY_CODE, openScannedPortalPage } from './scanned-portal-page.ts';
import { storedNames, vietnameseLeft } from './vietnamese-left.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
const en = MESSAGES.en;

// Issue #8, words for people: once English is chosen, no Vietnamese string of the interface is
// left — options, the side panel's worklist and checklist (automatic reasons included), the
// badge and its legend on the portal page, and the server's refusals — and `lang` says English.
// What stays Vietnamese is what the unit and the portal wrote: procedure and field names and page
// excerpts (marked lang="vi"), quoted page text, and the names of the unit and its devices.
describe('English mode', () => {
  let worker: LocalWorker;
  let browser: LoadedExtension;
  let names: string[] = [];

  const openPage = async (path: string): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.id}/${path}`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    return page;
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
      throw new Error('Build the extension first: npx wxt build');
    worker = await startLocalWorker(8798);
    browser = await launchExtension(EXTENSION_DIR);
    await chooseLanguage(browser.context, browser.id, 'en');
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it('options: enrolling, its refusals and unenrolling are in English', async () => {
    const options = await openPage('options.html');
    expect(await options.title()).toBe(en.optionsTitle);
    await options.getByLabel(en.serverUrl).fill('http://127.0.0.1:9');
    await options.getByRole('button', { name: en.checkServer }).click();
    await expect.poll(() => options.locator('[data-server-check]').textContent()).toBe(en.serverUnreachable);
    expect(await vietnameseLeft(options, [])).toEqual([]);

    // The server's refusal of a wrong code: a sentence with what to do, the code on its own line.
    await options.getByLabel(en.serverUrl).fill(worker.url);
    await options.getByLabel(en.enrolmentCode).fill('NOT-A-CODE');
    await options.getByRole('button', { name: en.enrol }).click();
    const refusal = options.locator('[data-options-error]');
    await expect.poll(() => refusal.locator('p').first().textContent()).toBe(en.enrolCodeInvalid);
    expect(await refusal.locator('.details').textContent()).toBe('Details: code_invalid');
    expect(await vietnameseLeft(options, [])).toEqual([]);

    await options.getByLabel(en.enrolmentCode).fill('DEMO-TRUONGSON');
    await options.getByRole('button', { name: en.enrol }).click();
    await options.locator('[data-enrolled-unit]').waitFor({ timeout: 20_000 });
    await options.getByRole('button', { name: en.unenrol }).click();
    expect(await options.getByRole('alertdialog').textContent()).toContain(en.unenrolQuestion);
    names = await storedNames(options);
    expect(names).toContain('THCS Trường Sơn');
    expect(await vietnameseLeft(options, names)).toEqual([]);
    await options.getByRole('alertdialog').getByRole('button', { name: en.cancel }).click();
    await options.close();
  });

  it('side panel: the worklist of the unit', async () => {
    const panel = await openPage('sidepanel.html#/list');
    await expect.poll(() => panel.locator('[data-procedure]').count(), { timeout: 20_000 }).toBe(9);
    expect(await panel.locator('#worklist-heading').textContent()).toBe(en.worklistTitle);
    expect(await vietnameseLeft(panel, names)).toEqual([]);
    await panel.close();
  });

  it('side panel: a procedure checklist with its automatic reasons, and the unit items', async () => {
    const page = await openScannedPortalPage(browser.context);
    const panel = await openPage(`sidepanel.html#/p/${LEGACY_CODE}`);
    const reason = panel.locator('[data-item="P19"] .auto');
    await expect.poll(() => reason.textContent()).toContain('Automatic: Met —');
    // The demo unit's sample answers are there too ("Answered by …").
    await expect.poll(() => panel.locator('[data-answered-by]').count()).toBeGreaterThan(0);
    await panel.locator('[data-item="P06"] details.item-evidence > summary').click();
    names = await storedNames(panel);
    expect(await vietnameseLeft(panel, names)).toEqual([]);
    // The test reads what matters: reasons and excerpts are there, the excerpts marked Vietnamese.
    expect(await panel.locator('[data-item] .auto').count()).toBe(23);
    expect(await panel.locator('[data-evidence] q[lang="vi"]').count()).toBeGreaterThan(5);

    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html#/unit`);
    await panel.locator('[data-item="U01"]').waitFor();
    expect(await vietnameseLeft(panel, names)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('the badge and its legend on the portal page', async () => {
    const page = await openScannedPortalPage(browser.context);
    const badge = page.locator('congkhai-badge .badge');
    expect(await badge.getAttribute('lang')).toBe('en');
    expect(await badge.textContent()).toMatch(/\d+ met automatically · \d+ to check yourself/);
    await page.getByRole('button', { name: en.highlight }).click();
    await expect.poll(() => page.locator('congkhai-badge [data-legend-item]').count()).toBeGreaterThan(5);
    expect(await vietnameseLeft(page, names, 'congkhai-badge')).toEqual([]);
    await page.close();
  });
});
