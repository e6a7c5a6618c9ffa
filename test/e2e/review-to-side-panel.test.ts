import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../extension/i18n/messages.ts';
import { pageTranslator } from '../../worker/i18n/page-messages.ts';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, signInDashboard, startLocalWorker } from '../support/local-worker.ts';
import { seriousViolations } from '../support/serious-violations.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
/** The side panel's screenshots, in the git-ignored test output folder. */
const OUTPUT = `${ROOT}.tmp/e2e/review-to-side-panel`;
const UNIT = 'thcs-truong-son';
/** A procedure of the unit that the seed's review does not comment on, and an item of it. */
const PROCEDURE = '2.002481';
const ITEM = 'P16';
const UNIT_COMMENT = 'Đơn vị rà soát lại biểu phí, lệ phí của các thủ tục trước ngày chốt báo cáo';
const ITEM_COMMENT = 'Chưa ghi mức phí, lệ phí và căn cứ thu; bổ sung theo quyết định công bố';
const SIDE_PANEL = { width: 400, height: 900 };
const t = MESSAGES.vi;
const vi = pageTranslator('vi');

/** Asks the background for a sync now ("Gửi ngay"), from an extension page; resolves once it has run. */
const syncNow = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'sync-now', force: true }),
  );

// Issue #9, Done when: a review written on the dashboard appears in the unit's side panel after a
// sync — the verdict, the unit comment and the item sent back, listed first with its comment. The
// seed already holds a review of this unit for the running quarter; the one written here replaces
// it (its item comments included), so the panel must show only the new words.
describe('a review on the dashboard reaches the unit’s side panel', () => {
  let worker: LocalWorker;
  let browser: LoadedExtension;
  let panel: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
      throw new Error('Build the extension first: npx wxt build');
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    worker = await startLocalWorker(8802);
    browser = await launchExtension(EXTENSION_DIR);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it('enrols the extension as THCS Trường Sơn; its worklist holds none of the words to come', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.id}/options.html`);
    await options.getByLabel(t.serverUrl).fill(worker.url);
    await options.getByLabel(t.enrolmentCode).fill('DEMO-TRUONGSON');
    await options.getByRole('button', { name: t.enrol }).click();
    await expect
      .poll(() => options.locator('[data-enrolled-unit]').textContent(), { timeout: 20_000 })
      .toContain('THCS Trường Sơn');
    await options.close();

    panel = await browser.context.newPage();
    await panel.setViewportSize(SIDE_PANEL);
    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html#/list`);
    await expect.poll(() => panel.locator('[data-procedure]').count(), { timeout: 20_000 }).toBe(9);
    await syncNow(panel);
    expect(await panel.locator('main').textContent()).not.toContain(UNIT_COMMENT);
    expect(await panel.locator(`[data-review-item="${PROCEDURE}|${ITEM}"]`).count()).toBe(0);
  });

  it('the demo reviewer sends the unit’s checklist back on its page, with a comment on one item', async () => {
    const page = await browser.context.newPage();
    await signInDashboard(page, worker, 'viewer');
    await page.goto(`${worker.url}/unit/${UNIT}`);
    const form = page.locator('#review-form form');
    await form.getByRole('radio', { name: vi('review_can_bo_sung') }).check();
    await form.getByLabel(vi('reviewComment')).fill(UNIT_COMMENT);
    // Rows already written (the seed's review) are emptied: an empty row is no comment.
    for (const note of await form.locator('textarea[name^="note_"]').all()) await note.fill('');
    await form.getByLabel(vi('reviewRowSubject', { n: 1 })).selectOption(PROCEDURE);
    await form.getByLabel(vi('reviewRowItem', { n: 1 })).selectOption(ITEM);
    await form.getByLabel(vi('reviewRowNote', { n: 1 })).fill(ITEM_COMMENT);
    await Promise.all([
      page.waitForURL(/saved=1/),
      form.getByRole('button', { name: vi('reviewSave') }).click(),
    ]);
    const shown = page.locator('.review-state[data-review="can_bo_sung"]');
    expect(await shown.textContent()).toContain(UNIT_COMMENT);
    expect(await page.locator(`table.matrix tr[data-row="${PROCEDURE}"]`).textContent()).toContain(
      ITEM_COMMENT,
    );
    await page.close();
  });

  it('after a sync the worklist shows the review and lists the item to fix first, linked', async () => {
    await syncNow(panel);
    const notice = panel.locator('[data-review="can_bo_sung"]');
    await expect
      .poll(() => notice.locator('.review-comment').textContent(), { timeout: 20_000 })
      .toBe(UNIT_COMMENT);
    expect(await notice.locator('h2').textContent()).toContain(t.review_can_bo_sung);
    expect(await notice.textContent()).toContain('Cán bộ rà soát Khu vực Gò Vấp');
    expect(await notice.locator('h3').textContent()).toBe(t.reviewFixFirst);
    const items = notice.locator('ul.review-items > li');
    // Only the new review's item: the seed's comments went with the review it replaced.
    expect(
      await items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-review-item'))),
    ).toEqual([`${PROCEDURE}|${ITEM}`]);
    expect(await items.textContent()).toContain(ITEM_COMMENT);
    expect(await items.locator('a').getAttribute('href')).toBe(`#/p/${PROCEDURE}`);
    await panel.screenshot({ path: `${OUTPUT}/worklist.png`, fullPage: true });
    expect(await seriousViolations(panel)).toEqual([]);

    await items.locator('a').click();
    const rows = panel.locator(`[data-checklist="${PROCEDURE}"] > [data-item]`);
    await expect.poll(() => rows.first().getAttribute('data-item')).toBe(ITEM);
    expect(await rows.first().locator('[data-review-comment]').textContent()).toContain(ITEM_COMMENT);
    expect(await panel.locator('[data-review-comment]').count()).toBe(1);
    expect(await rows.count()).toBe(23);
    await panel.screenshot({ path: `${OUTPUT}/checklist.png`, fullPage: true });
    expect(await seriousViolations(panel)).toEqual([]);
  });
});
