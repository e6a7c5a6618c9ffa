import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../extension/i18n/messages.ts';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, startLocalWorker } from '../support/local-worker.ts';
import { seriousViolations } from '../support/serious-violations.ts';
import { chooseLanguage, LEGACY_CODE, openScannedPortalPage } from './scanned-portal-page.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
/** About the width Chrome gives a side panel. */
const SIDE_PANEL = { width: 400, height: 900 };

// Issue #8: axe-core in real Chromium on the side panel, the options page and the portal page with
// the badge and its highlights on, in both interface languages: no serious or critical violation
// (contrast of at least 4.5:1, every control labelled, everything reachable by keyboard).
let worker: LocalWorker;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
    throw new Error('Build the extension first: npx wxt build');
  worker = await startLocalWorker(8799);
});

afterAll(async () => {
  await worker?.stop();
});

describe.each(['vi', 'en'] as const)('accessibility (%s)', (language) => {
  const t = MESSAGES[language];
  let browser: LoadedExtension;

  beforeAll(async () => {
    browser = await launchExtension(EXTENSION_DIR);
    await chooseLanguage(browser.context, browser.id, language);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('options page: the enrol form with its answers, then the unenrol question', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.id}/options.html`);
    await options.getByLabel(t.serverUrl).fill('http://127.0.0.1:9');
    await options.getByRole('button', { name: t.checkServer }).click();
    await expect.poll(() => options.locator('[data-server-check]').textContent()).toBe(t.serverUnreachable);
    await options.getByLabel(t.serverUrl).fill(worker.url);
    await options.getByLabel(t.enrolmentCode).fill('NOT-A-CODE');
    await options.getByRole('button', { name: t.enrol }).click();
    await options.locator('[data-options-error]').waitFor();
    expect(await seriousViolations(options)).toEqual([]);

    await options.getByLabel(t.enrolmentCode).fill('DEMO-TRUONGSON');
    await options.getByRole('button', { name: t.enrol }).click();
    await options.locator('[data-enrolled-unit]').waitFor({ timeout: 20_000 });
    await options.getByRole('button', { name: t.unenrol }).click();
    await options.getByRole('alertdialog').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByRole('alertdialog').getByRole('button', { name: t.cancel }).click();
    await options.close();
  });

  it('side panel: the worklist', async () => {
    const panel = await browser.context.newPage();
    await panel.setViewportSize(SIDE_PANEL);
    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html#/list`);
    await expect.poll(() => panel.locator('[data-procedure]').count(), { timeout: 20_000 }).toBe(9);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('side panel: a checklist with its evidence open, and the unit items', async () => {
    const page = await openScannedPortalPage(browser.context);
    const panel = await browser.context.newPage();
    await panel.setViewportSize(SIDE_PANEL);
    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html#/p/${LEGACY_CODE}`);
    await panel.locator('[data-item="P19"] [data-auto-status]').waitFor();
    await panel.locator('[data-item="P06"] details.item-evidence > summary').click();
    await panel.locator('[data-item="P06"] input[type=date]').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);

    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html#/unit`);
    await panel.locator('[data-item="U01"]').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('portal page with the badge, its highlights, legend and a blinking box', async () => {
    // A low window, where the legend of thirteen items has to scroll.
    const page = await openScannedPortalPage(browser.context, { width: 1024, height: 480 });
    await page.getByRole('button', { name: t.highlight }).click();
    await expect.poll(() => page.locator('congkhai-badge [data-legend-item]').count()).toBeGreaterThan(5);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html#/p/${LEGACY_CODE}`);
    await panel.locator('[data-item="P16"]').getByRole('button', { name: t.showOnPage }).click();
    await page.locator('congkhai-badge [data-flash]').waitFor({ state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);
    await panel.close();
    await page.close();
  });
});
