import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createDemoAccounts, type DemoLogin } from '../../worker/dev/demo-accounts.ts';
import { prepareLocalDatabase } from '../../worker/dev/prepare-local-database.ts';
import { startDevServer } from '../../worker/dev/start-dev-server.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface LocalWorker {
  url: string;
  /** The `--persist-to` folder of its D1 state, for `wrangler d1 execute --local --persist-to`. */
  state?: string;
  /** The demo cluster's administrator and reviewer, as `npm start` makes them. */
  logins: DemoLogin[];
  stop(): Promise<void>;
}

/** `wrangler dev` with its own migrated and seeded D1 state (and demo accounts) in a temporary folder. */
export async function startLocalWorker(port: number): Promise<LocalWorker> {
  const state = mkdtempSync(join(tmpdir(), 'congkhai-d1-'));
  prepareLocalDatabase(ROOT, state);
  const logins = await createDemoAccounts(ROOT, state);
  const server = await startDevServer({ root: ROOT, port, persistTo: state });
  return {
    url: server.url,
    state,
    logins,
    async stop() {
      await server.stop();
      rmSync(state, { recursive: true, force: true });
    },
  };
}

/** Signs `page`'s browser into the dashboard through the sign-in form, as a person would. */
export async function signInDashboard(
  page: Page,
  worker: LocalWorker,
  role: DemoLogin['role'] = 'viewer',
): Promise<void> {
  const login = worker.logins.find((candidate) => candidate.role === role)!;
  await page.goto(`${worker.url}/login`);
  await page.getByLabel(/Tên đăng nhập|Username/).fill(login.username);
  await page.getByLabel(/Mật khẩu|Password/).fill(login.password);
  await Promise.all([
    page.waitForURL(`${worker.url}/`),
    page.getByRole('button', { name: /Đăng nhập|Sign in/ }).click(),
  ]);
}
