/**
 * `npm run bench`: measures the scanner in Node and in headless Chromium with the built
 * extension, the built scripts' sizes, the extension's photo resize in Chromium, then sync
 * against `wrangler dev` with local D1 next to a PouchDB baseline (test/bench/sync.ts), then 100
 * devices pushing and pulling against `wrangler dev` at once for 30 s (test/bench/load.ts), then
 * the dashboard of a 200-unit cluster (test/bench/dashboard.ts), and prints tables with ratios
 * against baselines measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseCatalogueCsv } from '../../shared/catalogue/catalogue-entry.ts';
import { readReference } from '../fixtures/reference.ts';
import { benchBundleSizes } from './bundle-sizes.ts';
import { benchPhotoResize } from './photo-resize.ts';
import { benchScannerChromium } from './scanner-chromium.ts';
import { benchScannerNode } from './scanner-node.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const catalogue = parseCatalogueCsv(readReference('procedures-education-hcmc.csv')).map((entry) => ({
  key: entry.code ?? entry.name,
  code: entry.code,
  name: entry.name,
}));

benchScannerNode(catalogue);

const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
if (build.status !== 0) throw new Error('wxt build failed; run `npx wxt build` to see why');
await benchScannerChromium(`${root}.output/chrome-mv3`);
benchBundleSizes(`${root}.output/chrome-mv3`);
await benchPhotoResize(`${root}.output/chrome-mv3`);

// The sync section runs in a Node of its own: its fake IndexedDB and servers start clean.
const sync = spawnSync(process.execPath, [`${root}test/bench/sync.ts`], { cwd: root, stdio: 'inherit' });
if (sync.status !== 0) throw new Error(`the sync bench failed (exit ${sync.status}): see above`);

// The load section too: 100 devices against `wrangler dev` for 30 s, with autocannon (test/bench/load.ts).
const load = spawnSync(process.execPath, [`${root}test/bench/load.ts`], { cwd: root, stdio: 'inherit' });
if (load.status !== 0) throw new Error(`the load bench failed (exit ${load.status}): see above`);

// The dashboard section: a 200-unit cluster of 1.38 million answers in local D1, the overview, a
// unit page and the XLSX export against `wrangler dev`, and the plain aggregate as baseline (test/bench/dashboard.ts).
const dashboard = spawnSync(process.execPath, [`${root}test/bench/dashboard.ts`], {
  cwd: root,
  stdio: 'inherit',
});
if (dashboard.status !== 0)
  throw new Error(`the dashboard bench failed (exit ${dashboard.status}): see above`);
