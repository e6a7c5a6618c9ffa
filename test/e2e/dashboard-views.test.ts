import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageMessageId, pageTranslator } from '../../worker/i18n/page-messages.ts';
import { CHROMIUM } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, signInDashboard, startLocalWorker } from '../support/local-worker.ts';
import { seriousViolations } from '../support/serious-violations.ts';
import { pdfText } from './pdf-text.ts';

/** Where the screenshots and the printed report go: `.tmp/` is the test output folder, git-ignored. */
const OUTPUT = `${ROOT}.tmp/e2e/dashboard-views`;
const UNIT = 'thcs-truong-son';
const PROCEDURE = '3.000182';
const ITEM = 'P20';
/** A Vietnamese letter: a vowel with its marks (decomposed) or đ. English text has none. */
const VIETNAMESE_LETTER = /[\u0300-\u036f]|đ/i;
const vi = pageTranslator('vi');
/** The overview's Vietnamese column labels (worker/dashboard/figures-table.tsx). */
const VIETNAMESE_COLUMNS = (
  [
    'colUnit',
    'colWard',
    'colProcedures',
    'colComplete',
    'colOffice',
    'colWebsite',
    'colContent',
    'colStale',
    'colUnitItems',
    'colLastCheck',
    'colReview',
    'colLastSync',
  ] satisfies PageMessageId[]
).map((id) => vi(id));

/** Every view with its path, who looks at it, and what in it proves the seed's data is shown. */
const VIEWS: [name: string, path: string, role: 'viewer' | 'admin', seeded: string][] = [
  ['overview', '/', 'viewer', 'table.figures tr[data-unit]'],
  ['unit', `/unit/${UNIT}`, 'viewer', 'table.matrix tr[data-row] [data-status]'],
  ['unit-procedure', `/unit/${UNIT}/procedure/${PROCEDURE}`, 'viewer', 'tr[data-item] [data-status]'],
  ['procedure', `/procedure/${PROCEDURE}`, 'viewer', 'table.matrix tr[data-row] [data-status]'],
  ['item', `/item/${ITEM}`, 'viewer', 'tr[data-unit]'],
  ['report', '/report', 'viewer', 'tr[data-unit]'],
  ['admin-settings', '/admin/settings', 'admin', 'main form select, main form input:not([type=hidden])'],
];

/** The elements Tab should reach, in document order: links, controls, and anything given a tabindex. */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** A full-page screenshot under the test output folder; returns its size in bytes. */
async function screenshot(page: Page, name: string): Promise<number> {
  const path = `${OUTPUT}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return statSync(path).size;
}

// Issue #9, point 7: the dashboard in real Chromium with the demo seed — every view rendered,
// pictured and checked by axe-core (no serious or critical violation), the overview walked with
// the keyboard, the report printed to PDF, and the language switched.
describe('dashboard views in Chromium', () => {
  let worker: LocalWorker;
  let browser: Browser;
  const pages: Record<'viewer' | 'admin', Page> = {} as never;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    worker = await startLocalWorker(8801);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    for (const role of ['viewer', 'admin'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      pages[role] = await context.newPage();
      await signInDashboard(pages[role], worker, role);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it.each(VIEWS)('%s (%s) renders the seed, is pictured and passes axe', async (name, path, role, seeded) => {
    const page = pages[role];
    const response = await page.goto(`${worker.url}${path}`);
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.locator(seeded).count()).toBeGreaterThan(0);
    expect(await screenshot(page, name)).toBeGreaterThan(10_000);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('overview with a filter and a sort, chosen on the page', async () => {
    const page = pages.viewer;
    await page.goto(`${worker.url}/`);
    const all = await page.locator('table.figures tr[data-unit]').count();
    await page.locator('form.filters select[name=ward]').selectOption({ label: 'Phường Gò Vấp' });
    await Promise.all([
      page.waitForURL(/ward=phuong-go-vap/),
      page.getByRole('button', { name: vi('applyFilters') }).click(),
    ]);
    const filtered = await page.locator('table.figures tr[data-unit]').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);

    const sortLabel = vi('sortBy', { column: vi('colComplete') });
    await Promise.all([
      page.waitForURL(/sort=complete/),
      page.getByRole('link', { name: sortLabel }).click(),
    ]);
    const url = new URL(page.url());
    expect(url.searchParams.get('ward')).toBe('phuong-go-vap');
    expect(url.searchParams.get('period')).toMatch(/^\d{4}-Q[1-4]$/);
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('th[aria-sort] a').textContent()).toContain(vi('colComplete'));
    // "3/35 (8,6 %)": sorted by the share, a unit with nothing assigned first.
    const shares = await page.locator('table.figures tbody td[data-col="complete"]').evaluateAll((cells) =>
      cells.map((cell) => {
        const [part, whole] = (cell.textContent ?? '').split(/[/ ]/).map(Number);
        return whole ? part! / whole : -1;
      }),
    );
    expect(shares).toHaveLength(filtered);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));

    expect(await screenshot(page, 'overview-filtered-sorted')).toBeGreaterThan(10_000);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('overview by keyboard: Tab reaches every link and control in order, each with a visible focus', async () => {
    const page = pages.viewer;
    await page.goto(`${worker.url}/`);
    const expected = await page.locator(TABBABLE).evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map((element, i) => {
          element.setAttribute('data-tab-test', String(i));
          return i;
        }),
    );
    expect(expected.length).toBeGreaterThan(30);
    const reached: { order: string | null; outline: string; skipShown: boolean }[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          const style = getComputedStyle(focused);
          const box = focused.getBoundingClientRect();
          return {
            order: focused.getAttribute('data-tab-test'),
            outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
            skipShown: box.right > 0 && box.bottom > 0,
          };
        }),
      );
    }
    expect(reached.map((focus) => Number(focus.order))).toEqual(expected);
    expect(reached.filter((focus) => focus.outline === 'none' || focus.outline.startsWith('0px '))).toEqual(
      [],
    );
    // The first stop is the skip link, shown on screen while it has the focus.
    expect(await page.locator('[data-tab-test="0"]').getAttribute('href')).toBe('#main');
    expect(reached[0]!.skipShown).toBe(true);
  });

  it('prints the report to PDF: A4 landscape pages with its heading, period, date and units', async () => {
    const page = pages.viewer;
    await page.goto(`${worker.url}/report`);
    const heading = (await page.locator('h1').textContent()) ?? '';
    const meta = await page.locator('dl.report-meta dd').allTextContents();
    const units = await page.locator('tr[data-unit] th').allTextContents();
    expect(meta.length).toBeGreaterThanOrEqual(3);
    expect(units.length).toBeGreaterThan(5);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(`${OUTPUT}/report.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages: printed, sizes } = pdfText(pdf);
    expect(printed.length).toBeGreaterThanOrEqual(1);
    expect(printed.length).toBeLessThanOrEqual(12);
    for (const [width, height] of sizes) {
      expect(Math.round(width)).toBe(842);
      expect(Math.round(height)).toBe(595);
    }
    // Line breaks and kerning split the text into runs; compare without white space.
    const flat = (text: string) => text.replace(/\s+/g, '');
    const text = flat(printed.join(''));
    expect(flat(printed[0]!)).toContain(flat(heading));
    for (const value of [...meta, ...units]) expect(text).toContain(flat(value));
    // The screen-only parts stay off paper.
    expect(text).not.toContain(flat(vi('exportCsv')));
  });

  it('switches to English from the header, keeping the period, filters and sort', async () => {
    const page = pages.viewer;
    // The quarter before the running one, which is not the default.
    await page.goto(`${worker.url}/`);
    const quarter = await page
      .locator('select[name=period] option[value*="-Q"]')
      .nth(1)
      .getAttribute('value');
    await page.goto(
      `${worker.url}/?period=${quarter}&ward=phuong-go-vap&status=incomplete&sort=stale&dir=desc`,
    );
    const before = new URL(page.url()).searchParams;
    await Promise.all([page.waitForURL(/lang=en/), page.locator('header a[lang="en"]').click()]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const after = new URL(page.url()).searchParams;
    for (const name of ['period', 'ward', 'status', 'sort', 'dir'])
      expect(after.get(name)).toBe(before.get(name));
    expect(await page.locator('select[name=period] option:checked').getAttribute('value')).toBe(quarter);
    expect(await page.locator('table.figures tr[data-unit]').count()).toBeGreaterThan(0);

    const headers = await page
      .locator('thead th')
      .evaluateAll((cells) =>
        cells.flatMap((cell) => [
          cell.textContent?.trim() ?? '',
          ...[...cell.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label') ?? ''),
        ]),
      );
    expect(headers.length).toBeGreaterThan(10);
    expect(headers.filter((text) => VIETNAMESE_LETTER.test(text.normalize('NFD')))).toEqual([]);
    expect(headers.filter((text) => VIETNAMESE_COLUMNS.some((label) => text.includes(label)))).toEqual([]);
    expect(await screenshot(page, 'overview-english')).toBeGreaterThan(10_000);
    expect(await seriousViolations(page)).toEqual([]);

    // And back: the Vietnamese link takes the same query again.
    await Promise.all([page.waitForURL(/lang=vi/), page.locator('header a[lang="vi"]').click()]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(new URL(page.url()).searchParams.get('ward')).toBe('phuong-go-vap');
  });
});
