/**
 * `npm test`: makes sure Chromium is there for the browser tests, runs the checks (type-check of
 * each tsconfig, biome), builds the extension the end-to-end tests load, runs every vitest
 * project, and ends with the plain line `N passed, N failed` read from vitest's JSON report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian’s chromium for the browser tests…');
    if (run('apt-get', ['update']) === 0 && run('apt-get', ['install', '-y', 'chromium']) === 0) return;
  }
  console.error(
    `The browser tests need Chromium at ${CHROMIUM}. Install it with:\n  sudo apt-get install -y chromium\nthen run npm test again.`,
  );
  process.exit(1);
}

ensureChromium();
if (run('npm', ['run', '--silent', 'check']) !== 0) {
  console.error('Checks failed (tsc or biome): see above.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (run('npx', ['wxt', 'build']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync(`${root}.tmp`, { recursive: true });
const report = `${root}.tmp/vitest-report.json`;
const status = run('npx', [
  'vitest',
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
if (!existsSync(report)) {
  console.log('0 passed, 1 failed');
  process.exit(status || 1);
}
const summary = JSON.parse(readFileSync(report, 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
};
// A file that fails to load counts as a failure even when it declared no test.
const failed = summary.numFailedTests + (summary.numFailedTests === 0 ? summary.numFailedTestSuites : 0);
const skipped = summary.numPendingTests + summary.numTodoTests;
console.log(`${summary.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
