/**
 * `npm start`: builds the extension, prepares the local D1 database with the demo seed, runs
 * `wrangler dev` on 127.0.0.1:8787 and prints what a person needs to try the product.
 * Ctrl-C stops wrangler and workerd together.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDemoAccounts } from './demo-accounts.ts';
import { prepareLocalDatabase } from './prepare-local-database.ts';
import { startDevServer } from './start-dev-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 8787;
const DEMO_CODE = 'DEMO-TRUONGSON';

const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const extensionDir = `${root}.output/chrome-mv3`;
if (!existsSync(`${extensionDir}/manifest.json`))
  throw new Error('The extension build left no manifest.json.');

console.log('Chuẩn bị cơ sở dữ liệu D1 cục bộ (migrations + dữ liệu mẫu)…');
prepareLocalDatabase(root);
const [admin, reviewer] = await createDemoAccounts(root);

const server = await startDevServer({ root, port: PORT, stdio: 'inherit' });
const shutdown = async () => {
  await server.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
server.process.once('exit', (code) => process.exit(code ?? 0));

console.log(`
CongKhai is running.
  Dashboard:          ${server.url}/
  Extension to load:  ${extensionDir}
                      (chrome://extensions → Developer mode → Load unpacked)
  Enrolment code:     ${DEMO_CODE}  (THCS Trường Sơn; DEMO-GOVAP for Phường Gò Vấp)
                      Demo codes re-armed: each enrols up to 3 devices until the next start.
  Server URL for the extension's options page: ${server.url}
Admin login: ${admin!.username} / ${admin!.password}
Reviewer login: ${reviewer!.username} / ${reviewer!.password}
Press Ctrl-C to stop.`);
