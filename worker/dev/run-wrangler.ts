import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The wrangler CLI entry, started with this process's Node (wrangler refuses Node < 22). Its
 * package exports hide `bin/`, so the path is taken from the project's own node_modules.
 */
export const WRANGLER_JS = fileURLToPath(
  new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url),
);

/** Environment that keeps wrangler offline and quiet: no account look-ups, no telemetry. */
export const WRANGLER_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  CI: 'true',
};

/** Runs one wrangler command to completion; throws with its output when it fails. */
export function runWrangler(args: string[], cwd: string): string {
  const result = spawnSync(process.execPath, [WRANGLER_JS, ...args], {
    cwd,
    env: WRANGLER_ENV,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `wrangler ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}
