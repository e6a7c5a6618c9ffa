import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../support/local-worker.ts';

/** THCS Trường Sơn's "Chuyển trường" on the national database's legacy page, from the corpus. */
export const LEGACY_CODE = '2.002481';
export const LEGACY_URL = `https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${LEGACY_CODE}`;

/**
 * Opens the saved legacy page at its real address (one table of the procedure's parts, as the
 * portal prints it) in a new tab of `context`, and waits for the badge's finished scan. `variant`
 * names another saved version of the page (`no-form-online`: the portal added online submission
 * and dropped the form), served at the same address from then on.
 */
export async function openScannedPortalPage(
  context: BrowserContext,
  viewport = { width: 1280, height: 720 },
  variant: 'complete' | 'no-form-online' = 'complete',
): Promise<Page> {
  const html = readFileSync(
    `${ROOT}test/fixtures/corpus/portal-legacy/${LEGACY_CODE}-${variant}.html`,
    'utf8',
  );
  await context.route(LEGACY_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(LEGACY_URL);
  await page.locator('congkhai-badge [data-state="ok"]').waitFor({ timeout: 15_000 });
  return page;
}

/** Chooses the interface language on the options page, as a person does. */
export async function chooseLanguage(context: BrowserContext, extensionId: string, language: 'vi' | 'en') {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/Ngôn ngữ|Language/).selectOption(language);
  await options.waitForFunction((chosen) => document.documentElement.lang === chosen, language);
  await options.close();
}
