import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { printTable } from './measure.ts';

/** The budget of one content script, gzipped (README, Benchmarks). */
const CONTENT_SCRIPT_BUDGET = 30 * 1024;

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * What the built extension loads, from `npx wxt build`'s output: each content script (run on every
 * portal or unit-site page) and the side panel's chunk with the shared chunks its page preloads,
 * in kB raw and gzipped; content scripts against their 30 kB gzipped budget.
 */
export function benchBundleSizes(extensionDir: string): void {
  const size = (path: string) => {
    const bytes = readFileSync(`${extensionDir}/${path}`);
    return { raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  const rows: (string | number)[][] = [];
  for (const file of readdirSync(`${extensionDir}/content-scripts`)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const { raw, gzip } = size(`content-scripts/${file}`);
    const share = gzip / CONTENT_SCRIPT_BUDGET;
    rows.push([
      `content-scripts/${file}`,
      kB(raw),
      kB(gzip),
      `${(share * 100).toFixed(0)} % of 30 kB: ${share <= 1 ? 'met' : 'NOT MET'}`,
    ]);
  }
  // The side panel's page names its entry chunk and the shared chunks it preloads.
  const html = readFileSync(`${extensionDir}/sidepanel.html`, 'utf8');
  const entry = /<script[^>]+src="\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('sidepanel.html names no script: is the build complete?');
  const shared = [...html.matchAll(/rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  let total = { raw: 0, gzip: 0 };
  for (const [i, path] of [entry, ...shared].entries()) {
    const { raw, gzip } = size(path);
    total = { raw: total.raw + raw, gzip: total.gzip + gzip };
    rows.push([i === 0 ? path : `${path} (shared with options, preloaded)`, kB(raw), kB(gzip), '']);
  }
  rows.push(['side panel, all its scripts', kB(total.raw), kB(total.gzip), 'no target']);
  printTable(
    `Built scripts in ${extensionDir.replace(/.*\/(\.output\/)/, '$1')} (kB)`,
    ['file', 'raw', 'gzip', 'budget'],
    rows,
  );
}
