import { type ChildProcess, spawn } from 'node:child_process';
import { WRANGLER_ENV, WRANGLER_JS } from './run-wrangler.ts';

export interface DevServer {
  url: string;
  process: ChildProcess;
  /** Stops wrangler and the workerd it started (the whole process group). */
  stop(): Promise<void>;
}

export interface DevServerOptions {
  root: string;
  port: number;
  persistTo?: string;
  /** Where wrangler's output goes; `inherit` for `npm start`, `ignore` in tests. */
  stdio?: 'inherit' | 'ignore';
  readyTimeoutMs?: number;
}

/**
 * Starts `wrangler dev` on 127.0.0.1 and resolves once the dashboard answers. Wrangler runs in a
 * process group of its own because killing only the wrangler process leaves workerd running.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const persist = options.persistTo ? ['--persist-to', options.persistTo] : [];
  const child = spawn(
    process.execPath,
    [
      WRANGLER_JS,
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(options.port),
      '--show-interactive-dev-session=false',
      ...persist,
    ],
    {
      cwd: options.root,
      env: WRANGLER_ENV,
      detached: true,
      stdio: ['ignore', options.stdio ?? 'ignore', options.stdio ?? 'ignore'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // The group is already gone.
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Stopped cleanly.
      }
    }
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, process: child, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${url} in time`);
}
