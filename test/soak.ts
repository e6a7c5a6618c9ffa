/**
 * `npm run test:soak`: the property tests at soak strength. Every soak-aware test runs its
 * property in batches of 100 generated runs; here the `SOAK_BATCHES` binding raises the batch
 * count from the `npm test` default to 100: ≥ 10,000 convergence runs, and 10,000 hostile
 * requests per route in the fuzz test (test/worker/security/fuzz.property.test.ts). Both run in
 * one vitest invocation (their projects side by side). Ends with the convergence tally, one line
 * per fuzzed route (requests and failed batches), the fuzz total, and a last line that sums up
 * everything, read from vitest's JSON report (a failing batch stops at its first counterexample,
 * which it prints shrunk).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BATCHES = process.env.SOAK_BATCHES ?? '100';
const RUNS_PER_BATCH = 100;
const CONVERGENCE = 'test/sync/convergence.property.test.ts';
const FUZZ = 'test/worker/security/fuzz.property.test.ts';
/** The fuzz's test titles: `<METHOD> <path>: batch <n> of hostile requests`. */
const FUZZ_BATCH = /^(.+): batch \d+ of hostile requests$/;

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
    '--project',
    'worker',
    CONVERGENCE,
    FUZZ,
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

interface FileResult {
  name: string;
  assertionResults: { title: string; status: string }[];
}
const { testResults } = JSON.parse(readFileSync(report, 'utf8')) as { testResults: FileResult[] };
const testsOf = (file: string) =>
  testResults.filter((result) => result.name.endsWith(file)).flatMap((result) => result.assertionResults);

const convergence = testsOf(CONVERGENCE);
const convergenceFailed = convergence.filter((test) => test.status === 'failed').length;
console.log(
  `soak convergence: ${convergence.length * RUNS_PER_BATCH} runs in ${convergence.length} batches, ${convergenceFailed} failed`,
);

const routes = new Map<string, { batches: number; failed: number }>();
let otherFuzzFailed = 0;
for (const test of testsOf(FUZZ)) {
  const route = FUZZ_BATCH.exec(test.title)?.[1];
  if (!route) {
    // The fuzz file's pinned regressions: no runs to count, but a failure counts.
    if (test.status === 'failed') otherFuzzFailed += 1;
    continue;
  }
  const tally = routes.get(route) ?? { batches: 0, failed: 0 };
  tally.batches += 1;
  if (test.status === 'failed') tally.failed += 1;
  routes.set(route, tally);
}
let fuzzBatches = 0;
let fuzzFailed = otherFuzzFailed;
for (const [route, tally] of routes) {
  console.log(
    `soak fuzz ${route}: ${tally.batches * RUNS_PER_BATCH} requests in ${tally.batches} batches, ${tally.failed} failed`,
  );
  fuzzBatches += tally.batches;
  fuzzFailed += tally.failed;
}
console.log(
  `soak fuzz: ${fuzzBatches * RUNS_PER_BATCH} hostile requests over ${routes.size} routes in ${fuzzBatches} batches, ${fuzzFailed} failed`,
);

const batches = convergence.length + fuzzBatches;
const failed = convergenceFailed + fuzzFailed;
// Nothing ran at all (a file failed to load) is a failure too.
const empty = convergence.length === 0 || routes.size === 0;
console.log(
  `soak: ${batches * RUNS_PER_BATCH} runs in ${batches} batches, ${failed + (empty ? 1 : 0)} failed`,
);
process.exit(status !== 0 || failed > 0 || empty ? 1 : 0);
