/**
 * `npm run scan -- <file.json|file.html> [--url URL] [--catalogue file.csv]`: runs the same
 * adapters and rules as the extension over a saved page and prints one JSON object. A file it
 * cannot read exits with code 2 and one line on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseCatalogueCsv } from '../../shared/catalogue/catalogue-entry.ts';
import { scanText } from './scan-file.ts';

function fail(message: string): never {
  process.stderr.write(`scan: ${message}\n`);
  process.exit(2);
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

let parsed: ReturnType<
  typeof parseArgs<{
    options: { url: { type: 'string' }; catalogue: { type: 'string' } };
    allowPositionals: true;
  }>
>;
try {
  parsed = parseArgs({
    options: { url: { type: 'string' }, catalogue: { type: 'string' } },
    allowPositionals: true,
  });
} catch (error) {
  fail((error as Error).message);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length)
  fail('usage: npm run scan -- <file.json|file.html> [--url URL] [--catalogue file.csv]');
const url = parsed.values.url ?? null;
if (url !== null && !URL.canParse(url)) fail(`--url is not a URL: ${url}`);

try {
  const catalogue = parsed.values.catalogue ? parseCatalogueCsv(read(parsed.values.catalogue)) : null;
  const report = scanText(read(file), url, catalogue);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} catch (error) {
  fail(`${file}: ${(error as Error).message.split('\n')[0]}`);
}
