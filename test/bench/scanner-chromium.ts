import type { BrowserContext, Page } from 'playwright-core';
import { launchExtension } from '../support/launch-extension.ts';
import { corpusFiles } from './corpus-files.ts';
import { median, printTable } from './measure.ts';
import { stressLegacyPage } from './stress-page.ts';

/** Each page is loaded this often; a kind's figure is the median over all its loads. */
const RUNS_PER_PAGE = 7;

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
    const store: [number, number][] = [];
    (window as unknown as { __longTasks: [number, number][] }).__longTasks = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

interface ScanRun {
  scanMs: number;
  /** The longest task that overlaps the content script's scan measure (the task the scan ran in). */
  scanTask: number;
  /** The longest task of the whole page load, the page's own parsing included. */
  pageTask: number;
}

async function scanOnce(page: Page, url: string): Promise<ScanRun> {
  await page.goto(url);
  const badge = page.locator('congkhai-badge [data-scan-ms]');
  await badge.waitFor({ timeout: 15_000 });
  const scanMs = Number(await badge.getAttribute('data-scan-ms'));
  // Long-task entries are reported a little after the task ends.
  await page.waitForTimeout(100);
  const { tasks, scans } = await page.evaluate(() => ({
    tasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks,
    // The content script's measure lands on the page's one performance timeline.
    scans: performance
      .getEntriesByName('congkhai:scan')
      .map((e) => [e.startTime, e.duration] as [number, number]),
  }));
  const overlaps = (task: [number, number]) =>
    scans.some(([start, duration]) => task[0] <= start + duration && start <= task[0] + task[1]);
  return {
    scanMs,
    scanTask: Math.max(0, ...tasks.filter(overlaps).map(([, d]) => d)),
    pageTask: Math.max(0, ...tasks.map(([, d]) => d)),
  };
}

/** Median time to parse the same input in the same page, as the baseline of the ratio. */
function baselineMs(page: Page, target: Target): Promise<number> {
  return page.evaluate(
    ({ body, parse }) => {
      const run = () =>
        parse === 'json' ? JSON.parse(body) : new DOMParser().parseFromString(body, 'text/html');
      // The page's clock is coarse (0.1 ms): time batches of runs and divide.
      const batch = 20;
      for (let i = 0; i < 5; i += 1) run();
      const times: number[] = [];
      for (let i = 0; i < 15; i += 1) {
        const start = performance.now();
        for (let j = 0; j < batch; j += 1) run();
        times.push((performance.now() - start) / batch);
      }
      times.sort((a, b) => a - b);
      return times[7] ?? 0;
    },
    { body: target.body, parse: target.parse },
  );
}

/**
 * Scanner in headless Chromium with the built extension: per page kind, the median of the
 * content script's own Performance API measure (adapter + rules) next to the page's time to parse
 * the same input; and the longest task seen while scanning (the scripts' sizes: bundle-sizes.ts).
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
    // Warm-up: the first page of each kind also pays for the browser's and extension's start.
    for (const kind of new Set(targets.map((t) => t.kind))) {
      const first = targets.find((t) => t.kind === kind);
      if (first) await scanOnce(page, first.url);
    }
    const byKind = new Map<
      string,
      { scan: number[]; baseline: number[]; scanTask: number; pageTask: number }
    >();
    for (const target of targets) {
      const runs = [];
      for (let i = 0; i < RUNS_PER_PAGE; i += 1) runs.push(await scanOnce(page, target.url));
      const entry = byKind.get(target.kind) ?? { scan: [], baseline: [], scanTask: 0, pageTask: 0 };
      entry.scan.push(...runs.map((r) => r.scanMs));
      entry.baseline.push(await baselineMs(page, target));
      entry.scanTask = Math.max(entry.scanTask, ...runs.map((r) => r.scanTask));
      entry.pageTask = Math.max(entry.pageTask, ...runs.map((r) => r.pageTask));
      byKind.set(target.kind, entry);
    }
    const rows = [...byKind].map(([kind, e]) => {
      const scan = median(e.scan);
      const base = median(e.baseline);
      return [
        kind,
        e.baseline.length,
        base,
        scan,
        `${(scan / Math.max(base, 0.001)).toFixed(2)}×`,
        e.scanTask,
        e.pageTask,
      ];
    });
    printTable(
      `Scanner in headless Chromium (median ms over ${RUNS_PER_PAGE} loads of each page; scan = content script adapter + rules, Performance API)`,
      [
        'kind',
        'pages',
        'parse (baseline)',
        'scan',
        'scan / parse',
        'longest task in scan',
        'longest task in page load',
      ],
      rows,
    );
    const kindMedians = [...byKind].filter(([kind]) => kind !== stress.kind).map(([, e]) => median(e.scan));
    const worst = Math.max(...kindMedians);
    const longest = byKind.get(stress.kind)?.scanTask ?? 0;
    console.log(
      `target: median ≤ 5 ms per procedure page — worst kind median ${worst.toFixed(3)} ms: ${worst <= 5 ? 'met' : 'NOT MET'}`,
    );
    console.log(
      `target: no task ≥ 50 ms on the largest page — longest task containing the scan ${longest.toFixed(0)} ms: ${longest < 50 ? 'met' : 'NOT MET'}`,
    );
  } finally {
    await browser.close();
  }
}
