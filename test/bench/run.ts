/**
 * `npm run bench`: measures the scanner (Node now, headless Chromium with the built extension
 * when it is there) and prints tables with ratios against baselines measured in the same run.
 */
import { parseCatalogueCsv } from '../../shared/catalogue/catalogue-entry.ts';
import { readReference } from '../fixtures/reference.ts';
import { benchScannerNode } from './scanner-node.ts';

const catalogue = parseCatalogueCsv(readReference('procedures-education-hcmc.csv')).map((entry) => ({
  key: entry.code ?? entry.name,
  code: entry.code,
  name: entry.name,
}));

benchScannerNode(catalogue);
