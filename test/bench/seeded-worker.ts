import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareLocalDatabase } from '../../worker/dev/prepare-local-database.ts';
import { runWrangler } from '../../worker/dev/run-wrangler.ts';
import { type DevServer, startDevServer } from '../../worker/dev/start-dev-server.ts';
import { ROOT } from '../support/local-worker.ts';

/**
 * `wrangler dev` with local D1 in a temporary folder, as `startLocalWorker` (test/support/local-worker.ts)
 * starts it: migrated, demo-seeded. Bench data goes in by SQL while the server is stopped
 * (`wrangler d1 execute --local`), so no two workerd processes ever hold the SQLite file at once.
 */
export interface SeededWorker {
  url: string;
  /** The `--persist-to` folder of its D1 state (wrangler keeps it under `v3/`); open it only while stopped. */
  state: string;
  /** Runs SQL against the local D1 with `wrangler d1 execute --file`; only while stopped. */
  execute(sql: string): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the server and deletes its state. */
  dispose(): Promise<void>;
}

export function createSeededWorker(port: number): SeededWorker {
  const state = mkdtempSync(join(tmpdir(), 'congkhai-bench-d1-'));
  prepareLocalDatabase(ROOT, state);
  let server: DevServer | null = null;
  const worker: SeededWorker = {
    url: `http://127.0.0.1:${port}`,
    state,
    execute(sql) {
      if (server) throw new Error('stop the worker before writing to its D1 state');
      const file = join(state, 'bench-seed.sql');
      writeFileSync(file, sql);
      runWrangler(['d1', 'execute', 'DB', '--local', '--persist-to', state, '--file', file], ROOT);
      rmSync(file);
    },
    async start() {
      if (server) return;
      // startDevServer takes the first answer on the port as its own: refuse a port in use.
      const busy = await fetch(`${worker.url}/`).then(
        () => true,
        () => false,
      );
      if (busy) throw new Error(`port ${port} is in use: stop what listens there and run again`);
      server = await startDevServer({ root: ROOT, port, persistTo: state });
    },
    async stop() {
      await server?.stop();
      server = null;
    },
    async dispose() {
      await worker.stop();
      rmSync(state, { recursive: true, force: true });
    },
  };
  return worker;
}
