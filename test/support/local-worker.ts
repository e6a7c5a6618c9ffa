import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareLocalDatabase } from '../../worker/dev/prepare-local-database.ts';
import { startDevServer } from '../../worker/dev/start-dev-server.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface LocalWorker {
  url: string;
  /** The `--persist-to` folder of its D1 state, for `wrangler d1 execute --local --persist-to`. */
  state?: string;
  stop(): Promise<void>;
}

/** `wrangler dev` with its own migrated and seeded D1 state in a temporary folder. */
export async function startLocalWorker(port: number): Promise<LocalWorker> {
  const state = mkdtempSync(join(tmpdir(), 'congkhai-d1-'));
  prepareLocalDatabase(ROOT, state);
  const server = await startDevServer({ root: ROOT, port, persistTo: state });
  return {
    url: server.url,
    state,
    async stop() {
      await server.stop();
      rmSync(state, { recursive: true, force: true });
    },
  };
}
