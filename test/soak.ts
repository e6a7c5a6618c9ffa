/**
 * `npm run test:soak`: the property tests at soak strength. Every soak-aware test runs its
 * property in batches of 100 generated runs; here the `SOAK_BATCHES` binding raises the batch
 * count from the `npm test` default to 100: 10,000 convergence runs, and 10,000 hostile requests
 * per route in the fuzz test (test/worker/security/fuzz.property.test.ts).
 *
 * Each file runs its batches one after another and vitest gives a 2-CPU machine one worker, so the
 * work is split into processes that run side by side: the convergence batches in one shard per CPU
 * (each from its own first batch, so the seeds are those of one 100-batch run), and the fuzz in
 * one more. Each shard's output goes to `.tmp/soak-<shard>.log`. Ends with the convergence tally,
 * one line per fuzzed route (requests and failed batches), the fuzz total, and a last line that
 * sums up everything, read from the shards' JSON reports (a failing batch stops at its first
 * counterexample, which its log shows shrunk).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BATCHES = Number(process.env.SOAK_BATCHES ?? '100');
const RUNS_PER_BATCH = 100;
const CONVERGENCE = 'test/sync/convergence.property.test.ts';
const FUZZ = 'test/worker/security/fuzz.property.test.ts';
/** The fuzz's test titles: `<METHOD> <path>: batch <n> of hostile requests`. */
const FUZZ_BATCH = /^(.+): batch \d+ of hostile requests$/;

interface Shard {
  name: string;
  project: 'sync' | 'worker';
  file: string;
  env: Record<string, string>;
}

const convergenceShards = Math.max(1, Math.min(availableParallelism(), BATCHES));
const shards: Shard[] = [
  ...Array.from({ length: convergenceShards }, (_, i): Shard => {
    const first = Math.floor((BATCHES * i) / convergenceShards);
    const next = Math.floor((BATCHES * (i + 1)) / convergenceShards);
    return {
      name: `convergence-${i + 1}`,
      project: 'sync',
      file: CONVERGENCE,
      env: { SOAK_BATCHES: String(next - first), SOAK_FIRST_BATCH: String(first) },
    };
  }),
  { name: 'fuzz', project: 'worker', file: FUZZ, env: { SOAK_BATCHES: String(BATCHES) } },
];

mkdirSync(`${root}.tmp`, { recursive: true });
const reportOf = (shard: Shard) => `${root}.tmp/soak-${shard.name}.json`;
const logOf = (shard: Shard) => `.tmp/soak-${shard.name}.log`;

function runShard(shard: Shard): Promise<number> {
  const started = Date.now();
  const log = createWriteStream(`${root}${logOf(shard)}`);
  const child = spawn(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'test/vitest.config.ts',
      '--project',
      shard.project,
      shard.file,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportOf(shard)}`,
    ],
    { cwd: root, env: { ...process.env, ...shard.env } },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const minutes = ((Date.now() - started) / 60_000).toFixed(1);
      console.log(`soak shard ${shard.name}: exit ${code} after ${minutes} min (output: ${logOf(shard)})`);
      resolve(code ?? 1);
    });
  });
}

console.log(
  `soak: ${shards.length} shards side by side (${shards.map((shard) => shard.name).join(', ')}); over an hour on two CPUs`,
);
const statuses = await Promise.all(shards.map(runShard));

interface FileResult {
  name: string;
  assertionResults: { title: string; status: string }[];
}
/** Every test of the shards that ran `file`; a shard without a report counts as one failure. */
let missingReports = 0;
function testsOf(file: string) {
  return shards
    .filter((shard) => shard.file === file)
    .flatMap((shard) => {
      if (!existsSync(reportOf(shard))) {
        console.log(`soak shard ${shard.name}: no report (see ${logOf(shard)})`);
        missingReports += 1;
        return [];
      }
      const { testResults } = JSON.parse(readFileSync(reportOf(shard), 'utf8')) as {
        testResults: FileResult[];
      };
      return testResults
        .filter((result) => result.name.endsWith(file))
        .flatMap((result) => result.assertionResults);
    });
}

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
// A shard that failed to load or exited badly without a failed test counts too.
const shardFailures = statuses.filter((status) => status !== 0).length;
const failed = convergenceFailed + fuzzFailed + missingReports;
const empty = convergence.length === 0 || routes.size === 0;
console.log(
  `soak: ${batches * RUNS_PER_BATCH} runs in ${batches} batches, ${failed + (empty ? 1 : 0)} failed`,
);
process.exit(shardFailures > 0 || failed > 0 || empty ? 1 : 0);
