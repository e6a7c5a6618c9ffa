import { runWrangler } from './run-wrangler.ts';

/**
 * Applies the numbered migrations to the local D1 database and loads the demo seed. Both steps
 * are idempotent, so running this on every start neither fails nor duplicates data.
 * `persistTo` chooses the folder of the local state (wrangler's default `.wrangler/state`).
 */
export function prepareLocalDatabase(root: string, persistTo?: string): void {
  const persist = persistTo ? ['--persist-to', persistTo] : [];
  runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persist], root);
  runWrangler(['d1', 'execute', 'DB', '--local', '--file', 'worker/seed/demo.sql', ...persist], root);
}
