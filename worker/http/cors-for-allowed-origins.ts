import { cors } from 'hono/cors';
import type { AppEnv } from './app-env.ts';

/**
 * CORS for the API, only for the origins in `ALLOWED_ORIGINS` (comma-separated; the extension's
 * pinned origin in wrangler.toml). Any other origin gets no CORS headers, so browsers block it.
 */
export const corsForAllowedOrigins = cors({
  origin: (origin, c) => (allowedOrigins(c.env as AppEnv['Bindings']).includes(origin) ? origin : null),
  allowHeaders: ['Authorization', 'Content-Type'],
  allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
  // The extension honours the server's wait on 429 and 503 (extension/sync/create-sync-engine.ts).
  exposeHeaders: ['Retry-After'],
  maxAge: 600,
});

const allowedOrigins = (env: AppEnv['Bindings']): string[] =>
  String(env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
