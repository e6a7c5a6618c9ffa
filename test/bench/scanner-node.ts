import { DOMParser } from 'linkedom';
import { legacyPageToFacts } from '../../extension/adapters/portal-legacy.ts';
import { siteBlocks } from '../../extension/adapters/site-blocks.ts';
import { portalJsonToFacts } from '../../shared/adapters/portal-json.ts';
import { evaluateRules } from '../../shared/checklist/evaluate-rules.ts';
import { scanSite } from '../../shared/site/scan-site.ts';
import { corpusFiles } from './corpus-files.ts';
import { median, medianMs, printTable } from './measure.ts';

type Row = [kind: string, fixtures: number, baseline: number, scan: number];

/**
 * Scanner in Node: per page kind, the median time of adapter + rules per fixture next to the
 * time to parse the same input (`JSON.parse`, or linkedom's `DOMParser`) measured in this run.
 */
export function benchScannerNode(catalogue: { key: string; code: string | null; name: string }[]): Row[] {
  const byKind = new Map<string, { baseline: number[]; scan: number[] }>();
  for (const file of corpusFiles().filter((f) => !f.error)) {
    const entry = byKind.get(file.kind) ?? { baseline: [], scan: [] };
    if (file.kind === 'portal-json') {
      entry.baseline.push(medianMs(() => JSON.parse(file.text)));
      entry.scan.push(medianMs(() => evaluateRules(portalJsonToFacts(JSON.parse(file.text), file.url))));
    } else {
      const parse = () => new DOMParser().parseFromString(file.text, 'text/html') as unknown as Document;
      entry.baseline.push(medianMs(parse));
      entry.scan.push(
        medianMs(() =>
          file.kind === 'unit-site'
            ? scanSite(siteBlocks(parse()), file.url, catalogue)
            : evaluateRules(legacyPageToFacts(parse(), file.url, file.kind as 'portal-legacy')),
        ),
      );
    }
    byKind.set(file.kind, entry);
  }
  const rows: Row[] = [...byKind].map(([kind, e]) => [
    kind,
    e.scan.length,
    median(e.baseline),
    median(e.scan),
  ]);
  printTable(
    'Scanner in Node (median ms per fixture; scan = parse + adapter + rules)',
    ['kind', 'fixtures', 'parse (baseline)', 'scan', 'scan / parse'],
    rows.map(([kind, n, base, scan]) => [kind, n, base, scan, `${(scan / base).toFixed(2)}×`]),
  );
  return rows;
}
