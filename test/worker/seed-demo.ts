import { env } from 'cloudflare:workers';
import demoSql from '../../worker/seed/demo.sql?raw';

/** The demo seed's statements (it promises one `;` per statement end and none inside strings). */
export const demoStatements = (): string[] =>
  demoSql
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);

/** Loads worker/seed/demo.sql into the test database, as `wrangler d1 execute --file` would. */
export async function seedDemo(): Promise<void> {
  await env.DB.batch(demoStatements().map((statement) => env.DB.prepare(statement)));
}
