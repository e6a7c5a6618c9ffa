import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// Every test file starts from the schema the numbered migrations build (docs/style.md §10).
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
