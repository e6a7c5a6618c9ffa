import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(path, new URL('..', import.meta.url)));

/** The Workers runtime (workerd) with the worker's bindings and its D1 migrations to apply. */
const workersPool = () =>
  cloudflareTest(async () => ({
    wrangler: { configPath: at('wrangler.toml') },
    miniflare: {
      bindings: {
        TEST_MIGRATIONS: await readD1Migrations(at('worker/migrations')),
        // `npm run test:soak` (test/soak.ts) raises the property tests' batch count and splits the
        // convergence batches over processes, each from its first batch (batch i runs seed
        // SOAK_SEED + i, SOAK_SEED defaulting to each file's own).
        ...(process.env.SOAK_BATCHES ? { SOAK_BATCHES: process.env.SOAK_BATCHES } : {}),
        ...(process.env.SOAK_FIRST_BATCH ? { SOAK_FIRST_BATCH: process.env.SOAK_FIRST_BATCH } : {}),
        ...(process.env.SOAK_SEED ? { SOAK_SEED: process.env.SOAK_SEED } : {}),
      },
    },
  }));

/** One vitest project per runtime (docs/style.md §11); `npm test` runs them all. */
export default defineConfig({
  root,
  test: {
    projects: [
      {
        root,
        test: { name: 'shared', include: ['test/shared/**/*.test.ts'], environment: 'node' },
      },
      {
        root,
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['test/extension/**/*.test.{ts,tsx}'],
          setupFiles: ['test/extension/setup.ts'],
        },
      },
      {
        root,
        plugins: [workersPool()],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.{ts,tsx}'],
          setupFiles: ['test/worker/apply-migrations.ts'],
        },
      },
      {
        // The extension's sync code against the real worker app, both in one workerd isolate.
        root,
        plugins: [workersPool()],
        test: {
          name: 'sync',
          include: ['test/sync/**/*.test.ts'],
          setupFiles: ['test/worker/apply-migrations.ts', 'test/sync/support/fast-immediate.ts'],
          // A batch of 100 generated convergence runs takes about 40 s on an idle 2-CPU machine and
          // three times that when the machine is busy: the limit is for a hung run, not a slow one.
          testTimeout: 300_000,
        },
      },
      {
        root,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
