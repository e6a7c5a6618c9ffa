/**
 * The D1 types the worker's query functions name as globals (worker/worker-configuration.d.ts),
 * for the dashboard bench, which calls them from Node on the D1 binding of wrangler's
 * `getPlatformProxy` (test/bench/dashboard.ts). Types only: nothing here runs.
 */
import type * as Workers from '@cloudflare/workers-types/index.ts';

declare global {
  type D1Database = Workers.D1Database;
  type D1PreparedStatement = Workers.D1PreparedStatement;
}
