/**
 * `npm run test:soak`: the property tests at soak strength. Every soak-aware test runs its
 * property in batches of 100 generated runs; here the `SOAK_BATCHES` binding raises the batch
 * count from the `npm test` default to 100 (≥ 10,000 runs). Ends with how many runs ran and
 * how many batches failed, read from vitest's JSON report (a failing batch stops at its first
 * counterexample, which it prints shrunk).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BATCHES = process.env.SOAK_BATCHES ?? '100';
const RUNS_PER_BATCH = 100;

mkdirSync(`${root}.tmp`, { recursive: true });
const report = `${root}.tmp/soak-report.json`;
const status = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'test/vitest.config.ts',
    '--project',
    'sync',
    'test/sync/convergence.property.test.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, SOAK_BATCHES: BATCHES } },
).status;
if (!existsSync(report)) {
  console.log('soak: 0 runs, 1 failed (no report)');
  process.exit(status || 1);
}
const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
};
const batches = numPassedTests + numFailedTests;
console.log(`soak: ${batches * RUNS_PER_BATCH} runs in ${batches} batches, ${numFailedTests} failed`);
process.exit(status !== 0 || numFailedTests > 0 ? 1 : 0);
