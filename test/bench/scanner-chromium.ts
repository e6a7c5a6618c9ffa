import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchExtension } from '../support/launch-extension.ts';
import { corpusFiles } from './corpus-files.ts';
import { median, printTable } from './measure.ts';
import { stressLegacyPage } from './stress-page.ts';

const API = 'https://dichvucong.gov.vn/api/v1/configuring/formality/get-formality-by-citizen';

interface Target {
  kind: string;
  url: string;
  /** The response body the page's request gets, or the page's HTML. */
  body: string;
  /** What the baseline parses: the JSON text or the HTML. */
  parse: 'json' | 'html';
}

/** Serves every target at its URL, and the portal API from the JSON targets by formality id. */
async function serve(context: BrowserContext, targets: Target[]): Promise<void> {
  const shell = '<!doctype html><html lang="vi"><body><div id="root"></div></body></html>';
  await context.route(/^https:\/\/[^/]*(dichvucong\.gov\.vn|hochiminhcity\.gov\.vn)\//, (route) => {
    const request = route.request();
    if (request.url() === API) {
      const { id } = request.postDataJSON() as { id: string };
      const target = targets.find((t) => t.url.endsWith(`/${id}`));
      return route.fulfill({ contentType: 'application/json', body: target?.body ?? '{"code":"NOT_FOUND"}' });
    }
    const target = targets.find((t) => t.url === request.url());
    if (!target) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: target.parse === 'json' ? shell : target.body,
    });
  });
  // Long tasks of the page's main thread (content scripts run on it), collected from the start.
  await context.addInitScript(() => {
    const store: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function scanOnce(page: Page, url: string): Promise<{ scanMs: number; longestTask: number }> {
  await page.goto(url);
  const badge = page.locator('congkhai-badge [data-scan-ms]');
  await badge.waitFor({ timeout: 15_000 });
  const scanMs = Number(await badge.getAttribute('data-scan-ms'));
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return { scanMs, longestTask: Math.max(0, ...tasks) };
}

/** Median time to parse the same input in the same page, as the baseline of the ratio. */
function baselineMs(page: Page, target: Target): Promise<number> {
  return page.evaluate(
    ({ body, parse }) => {
      const run = () =>
        parse === 'json' ? JSON.parse(body) : new DOMParser().parseFromString(body, 'text/html');
      for (let i = 0; i < 5; i += 1) run();
      const times: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return times[20] ?? 0;
    },
    { body: target.body, parse: target.parse },
  );
}

/**
 * Scanner in headless Chromium with the built extension: per page kind, the median of the
 * content script's own Performance API measure (adapter + rules) next to the page's time to parse
 * the same input; the longest task seen while scanning; and the content scripts' gzipped sizes.
 */
export async function benchScannerChromium(extensionDir: string): Promise<void> {
  const targets: Target[] = [];
  for (const [i, file] of corpusFiles().entries()) {
    if (file.error || file.kind === 'unit-site') continue;
    if (file.kind === 'portal-json') {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      targets.push({
        kind: file.kind,
        url: `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${id}`,
        body: file.text,
        parse: 'json',
      });
    } else {
      targets.push({ kind: file.kind, url: file.url, body: file.text, parse: 'html' });
    }
  }
  const template = corpusFiles().find((f) => f.name === '2.002481-complete');
  const stress: Target = {
    kind: 'largest (legacy, 400-row tables)',
    url: 'https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481&bench=large',
    body: stressLegacyPage(template?.text ?? ''),
    parse: 'html',
  };
  targets.push(stress);

  const browser = await launchExtension(extensionDir);
  try {
    await serve(browser.context, targets);
    const page = await browser.context.newPage();
    const byKind = new Map<string, { scan: number[]; baseline: number[]; longest: number }>();
    for (const target of targets) {
      const runs = [];
      for (let i = 0; i < 3; i += 1) runs.push(await scanOnce(page, target.url));
      const entry = byKind.get(target.kind) ?? { scan: [], baseline: [], longest: 0 };
      entry.scan.push(median(runs.map((r) => r.scanMs)));
      entry.baseline.push(await baselineMs(page, target));
      entry.longest = Math.max(entry.longest, ...runs.map((r) => r.longestTask));
      byKind.set(target.kind, entry);
    }
    const rows = [...byKind].map(([kind, e]) => {
      const scan = median(e.scan);
      const base = median(e.baseline);
      return [kind, e.scan.length, base, scan, `${(scan / Math.max(base, 0.001)).toFixed(2)}×`, e.longest];
    });
    printTable(
      'Scanner in headless Chromium (median ms per page; scan = content script adapter + rules, Performance API)',
      ['kind', 'pages', 'parse (baseline)', 'scan', 'scan / parse', 'longest task'],
      rows,
    );
    const procedureScans = [...byKind]
      .filter(([kind]) => !kind.startsWith('largest'))
      .flatMap(([, e]) => e.scan);
    const worst = Math.max(...procedureScans);
    const longest = byKind.get(stress.kind)?.longest ?? 0;
    console.log(
      `target: median ≤ 5 ms per procedure page — worst kind median ${worst.toFixed(3)} ms: ${worst <= 5 ? 'met' : 'NOT MET'}`,
    );
    console.log(
      `target: no task ≥ 50 ms on the largest page — longest ${longest.toFixed(0)} ms: ${longest < 50 ? 'met' : 'NOT MET'}`,
    );
  } finally {
    await browser.close();
  }

  const dir = `${extensionDir}/content-scripts`;
  const sizes = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(`${dir}/${file}`);
      return [file, statSync(`${dir}/${file}`).size, gzipSync(bytes).length];
    });
  printTable(
    'Content scripts (bytes)',
    ['file', 'raw', 'gzip'],
    sizes.map(([file, raw, gz]) => [
      String(file),
      String(raw),
      `${gz} (${((Number(gz) / 30_720) * 100).toFixed(0)} % of 30 kB)`,
    ]),
  );
}
