import { existsSync, readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanText } from '../../extension/cli/scan-file.ts';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { ROOT } from '../support/local-worker.ts';

// Issue #3: each portal page kind in headless Chromium with the built extension, served from the
// labelled corpus at its real URL. For each: the badge's count, highlight mode, and the side
// panel showing the same automatic statuses as the scan CLI for the same file and URL.

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
const API = 'https://dichvucong.gov.vn/api/v1/configuring/formality/get-formality-by-citizen';
const corpus = (path: string) => readFileSync(`${ROOT}test/fixtures/corpus/${path}`, 'utf8');

const JSON_ID = '019d2bfd-8e22-77ef-819f-e49460350904';
const JSON_ID_2 = '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';
const JSON_URL = `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${JSON_ID}`;
const LEGACY_URL =
  'https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481';
const LEGACY_OLD_HOST_URL =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1193';
const HCMC_URL = 'https://dichvucong.hochiminhcity.gov.vn/vi/procedure/detail/66a1b2c3d4e5f60718293a4b';
const HCMC_LATE_URL = 'https://dichvucong.hochiminhcity.gov.vn/vi/procedure/detail/66a1b2c3d4e5f60718293a4c';

/** What the routes answer: portal JSON by formality id, HTML by full URL (tests may swap them). */
const portalJson = new Map<string, string>();
const pages = new Map<string, string>();

async function serve(route: Route): Promise<void> {
  const request = route.request();
  if (request.url() === API && request.method() === 'POST') {
    const body = portalJson.get((request.postDataJSON() as { id: string }).id);
    return body === undefined
      ? route.fulfill({ status: 404, json: { code: 'NOT_FOUND', message: 'not found' } })
      : route.fulfill({ contentType: 'application/json', body });
  }
  const html = pages.get(request.url());
  if (html === undefined) return route.fulfill({ status: 404, body: '' });
  return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
}

/** The automatic status of every P-item by the scan CLI, without a catalogue (not enrolled). */
function cliStatuses(text: string, url: string): Record<string, string> {
  const items = scanText(text, url, null).procedures[0]?.items ?? {};
  return Object.fromEntries(Object.entries(items).map(([id, item]) => [id, item.status]));
}

/**
 * The badge's line for those statuses (issue #8): the items the page met, those it found missing
 * (named briefly), and what is left to the person of the 23 procedure items.
 */
function badgeLine(statuses: Record<string, string>): RegExp {
  const values = Object.values(statuses);
  const count = (status: string) => values.filter((s) => s === status).length;
  const left = 23 - count('dat') - count('chua_dat') - count('khong_ap_dung');
  const missing = count('chua_dat') > 0 ? ` · ${count('chua_dat')} chưa đạt: [^·]+` : '';
  return new RegExp(`^${count('dat')} đạt tự động${missing}${left > 0 ? ` · ${left} cần tự kiểm tra` : ''}`);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The portal SPA as it looks once React has rendered a few parts of the procedure JSON. */
function renderedSpa(body: string): string {
  const data = (JSON.parse(body) as { data: Record<string, unknown> }).data;
  const names = (key: string) =>
    ((data[key] as { name?: string }[] | undefined) ?? []).map((x) => `<li>${escapeHtml(x.name ?? '')}</li>`);
  return `<!doctype html><html lang="vi"><head><title>Cổng Dịch vụ công quốc gia</title></head><body>
    <div id="root"><main><h1>${escapeHtml(String(data.name))}</h1>
    <h2>Đối tượng thực hiện</h2><ul>${names('subjectTypesDetails').join('')}</ul>
    <h2>Kết quả thực hiện</h2><ul>${names('resultsDetails').join('')}</ul></main></div></body></html>`;
}

/** The city portal's Angular shell that renders the procedure 300 ms after load. */
function lateRendered(html: string): string {
  const inner = /<app-root>([\s\S]*)<\/app-root>/.exec(html)?.[1] ?? '';
  const content = JSON.stringify(inner).replace(/<\//g, '<\\/');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>
    <app-root><div class="spinner">Đang tải…</div></app-root>
    <script>setTimeout(() => { document.querySelector('app-root').innerHTML = ${content}; }, 300);</script>
    </body></html>`;
}

let browser: LoadedExtension;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
    throw new Error('Build the extension first: npx wxt build');
  browser = await launchExtension(EXTENSION_DIR);
  await browser.context.route(
    /^https:\/\/(dichvucong\.gov\.vn|thutuc\.dichvucong\.gov\.vn|dichvucong\.hochiminhcity\.gov\.vn)\//,
    serve,
  );
});

afterAll(async () => {
  await browser?.close();
});

/** Opens `url` and waits for the badge to finish; returns the page and the badge element. */
async function openBadge(url: string) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const badge = page.locator('congkhai-badge [data-state]');
  await expect.poll(() => badge.getAttribute('data-state'), { timeout: 15_000 }).toBe('ok');
  return { page, badge };
}

/** Switches highlight mode on and off; returns the item ids outlined while it was on. */
async function highlightedItems(page: Page, keepOutside: string): Promise<string[]> {
  const outside = () => page.locator(keepOutside).evaluate((element) => element.outerHTML);
  const before = await outside();
  const toggle = page.getByRole('button', { name: 'Tô sáng' });
  expect(await page.locator('congkhai-badge [data-highlight]').count()).toBe(1);
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  const boxes = page.locator('congkhai-badge [data-highlight-item]');
  await expect.poll(() => boxes.count()).toBeGreaterThan(0);
  const items = await boxes.evaluateAll((all) =>
    all.map((box) => (box as HTMLElement).dataset.highlightItem ?? ''),
  );
  // The portal's own elements are neither restyled nor moved: the boxes live in our shadow root.
  expect(await outside()).toBe(before);
  // Keyboard operable: Space on the focused toggle switches it off again.
  await toggle.focus();
  await page.keyboard.press('Space');
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  expect(await boxes.count()).toBe(0);
  return items;
}

/** The automatic status of every P-row in the side panel opened as a page for `code`. */
async function sidePanelStatuses(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-item^="P"]')].map((row) => [
        row.dataset.item,
        row.querySelector('[data-auto-status]')?.getAttribute('data-auto-status') ?? null,
      ]),
    ),
  );
}

async function openSidePanel(code: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.id}/sidepanel.html?code=${code}`);
  return page;
}

describe('portal-json: national portal SPA', () => {
  const text = corpus('portal-json/2.000815-real.json');
  const statuses = cliStatuses(text, JSON_URL);

  beforeAll(() => {
    portalJson.set(JSON_ID, text);
    portalJson.set(JSON_ID_2, corpus('portal-json/1.001193-real.json'));
    pages.set(JSON_URL, renderedSpa(text));
    pages.set(
      'https://dichvucong.gov.vn/',
      '<!doctype html><html><body><div id="root">Trang chủ</div></body></html>',
    );
  });

  it('shows the badge count, outlines the evidence, and follows the SPA to the next procedure', async () => {
    const { page, badge } = await openBadge(JSON_URL);
    expect(await badge.textContent()).toMatch(badgeLine(statuses));
    expect(Number(await badge.getAttribute('data-scan-ms'))).toBeGreaterThan(0);
    expect(await highlightedItems(page, '#root')).toEqual(expect.arrayContaining(['P08', 'P13', 'P15']));

    const next = cliStatuses(corpus('portal-json/1.001193-real.json'), JSON_URL.replace(JSON_ID, JSON_ID_2));
    await page.evaluate((id) => history.pushState({}, '', `/thu-tuc-hanh-chinh/${id}`), JSON_ID_2);
    await expect.poll(() => badge.textContent()).toMatch(badgeLine(next));
    await page.close();
  });

  it('shows the calm error state when the portal API fails', async () => {
    const url = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/00000000-0000-4000-8000-000000000000';
    pages.set(url, renderedSpa(text));
    const page = await browser.context.newPage();
    await page.goto(url);
    const badge = page.locator('congkhai-badge [data-state]');
    await expect.poll(() => badge.getAttribute('data-state')).toBe('error');
    expect(await badge.textContent()).toContain('không đọc được trang này');
    expect(await page.getByRole('button', { name: 'Tô sáng' }).isVisible()).toBe(false);
    await page.close();
  });

  it('does nothing on pages that are not procedure pages', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://dichvucong.gov.vn/');
    await page.waitForTimeout(300);
    expect(await page.locator('congkhai-badge').count()).toBe(0);
    await page.close();
  });

  it('shows in the side panel, without enrolment, the statuses the CLI gives', async () => {
    const panel = await openSidePanel('2.000815');
    await expect.poll(() => sidePanelStatuses(panel)).toEqual(statuses);
    await panel.close();
  });

  it('marks P07 and P23 "cần kiểm tra lại" when the page changed since the answers', async () => {
    const panel = await openSidePanel('2.000815');
    await panel.locator('[data-item="P06"]').getByRole('radio', { name: 'Đạt', exact: true }).check();
    portalJson.set(JSON_ID, corpus('portal-json/2.000815-steps-placeholder.json'));
    const { page } = await openBadge(JSON_URL);
    const marker = panel.locator('[data-item="P07"] [data-recheck]');
    await expect.poll(() => marker.textContent()).toContain('Cần kiểm tra lại');
    expect(await marker.textContent()).toContain('trình tự');
    expect(await panel.locator('[data-item="P23"] [data-recheck]').count()).toBe(1);
    portalJson.set(JSON_ID, text);
    await page.close();
    await panel.close();
  });
});

describe('portal-legacy: national database legacy page', () => {
  const html = corpus('portal-legacy/2.002481-complete.html');
  const statuses = cliStatuses(html, LEGACY_URL);

  beforeAll(() => {
    pages.set(LEGACY_URL, html);
    pages.set(LEGACY_OLD_HOST_URL, corpus('portal-legacy/dl-layout-1.001193.html'));
  });

  it('shows the badge count and outlines the table cells behind the items', async () => {
    const { page, badge } = await openBadge(LEGACY_URL);
    expect(await badge.textContent()).toMatch(badgeLine(statuses));
    expect(await highlightedItems(page, 'body > :first-child')).toEqual(
      expect.arrayContaining(['P08', 'P09', 'P13']),
    );
    await page.close();
  });

  it('shows one badge on the national portal host too', async () => {
    const { page, badge } = await openBadge(LEGACY_OLD_HOST_URL);
    const expected = cliStatuses(corpus('portal-legacy/dl-layout-1.001193.html'), LEGACY_OLD_HOST_URL);
    expect(await badge.textContent()).toMatch(badgeLine(expected));
    await page.waitForTimeout(300);
    expect(await page.locator('congkhai-badge').count()).toBe(1);
    await page.close();
  });

  it('shows in the side panel the statuses the CLI gives', async () => {
    const panel = await openSidePanel('2.002481');
    await expect.poll(() => sidePanelStatuses(panel)).toEqual(statuses);
    await panel.close();
  });
});

describe('portal-hcmc: Ho Chi Minh City portal', () => {
  const html = corpus('portal-hcmc/2.002481-detail.html');
  const statuses = cliStatuses(html, HCMC_URL);

  beforeAll(() => {
    pages.set(HCMC_URL, html);
    pages.set(HCMC_LATE_URL, lateRendered(html));
  });

  it('shows the badge count and outlines the rows behind the items', async () => {
    const { page, badge } = await openBadge(HCMC_URL);
    expect(await badge.textContent()).toMatch(badgeLine(statuses));
    expect(await highlightedItems(page, 'app-root')).toEqual(expect.arrayContaining(['P08', 'P13']));
    await page.close();
  });

  it('waits for the Angular app to render the procedure', async () => {
    const { page, badge } = await openBadge(HCMC_LATE_URL);
    expect(await badge.textContent()).toMatch(badgeLine(statuses));
    await page.close();
  });

  it('shows in the side panel the statuses the CLI gives', async () => {
    const panel = await openSidePanel('2.002481');
    await expect.poll(() => sidePanelStatuses(panel)).toEqual(statuses);
    await panel.close();
  });

  it('follows the app to another procedure, and off procedure pages', async () => {
    const { page, badge } = await openBadge(HCMC_URL);
    const sparse = corpus('portal-hcmc/2.002481-sparse.html');
    const next = HCMC_URL.replace(/4b$/, '4d');
    // Angular changes the route first and renders the next procedure when its data arrives.
    await page.evaluate(
      ({ path, inner }) => {
        history.pushState({}, '', path);
        setTimeout(() => {
          document.querySelector('app-root')!.innerHTML = inner;
        }, 200);
      },
      { path: new URL(next).pathname, inner: /<app-root>([\s\S]*)<\/app-root>/.exec(sparse)?.[1] ?? '' },
    );
    await expect.poll(() => badge.textContent()).toMatch(badgeLine(cliStatuses(sparse, next)));
    await page.evaluate(() => history.pushState({}, '', '/vi/procedure/search'));
    await expect.poll(() => page.locator('congkhai-badge').count()).toBe(0);
    await page.close();
  });
});

describe('automatic reasons in the chosen language (issue #8)', () => {
  it('shows every reason in English once English is chosen, and in Vietnamese again after', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.id}/options.html`);
    await options.getByLabel('Ngôn ngữ').selectOption('en');
    await expect.poll(() => options.getByLabel('Language').count()).toBe(1);

    const panel = await openSidePanel('2.000815');
    const reason = (item: string) => panel.locator(`[data-item="${item}"] .auto`).textContent();
    await expect.poll(() => reason('P08')).toContain('The page states the procedure name.');
    expect(await reason('P06')).toContain('A person checks the notice board at the office');
    // Nothing Vietnamese is left in an English reason of this page (it quotes no page text).
    const reasons = await panel.locator('[data-item] .auto').allTextContents();
    expect(reasons.filter((text) => /[\u0300-\u036f]|đ/i.test(text.normalize('NFD')))).toEqual([]);

    await options.getByLabel('Language').selectOption('vi');
    await expect.poll(() => reason('P08')).toContain('Có tên thủ tục.');
    await options.close();
    await panel.close();
  });
});
