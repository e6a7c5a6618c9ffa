/**
 * `npm run bench`: measures the scanner in Node and in headless Chromium with the built
 * extension, and prints tables with ratios against baselines measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseCatalogueCsv } from '../../shared/catalogue/catalogue-entry.ts';
import { readReference } from '../fixtures/reference.ts';
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
