import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

/** The period of every limit in wrangler.toml `[[ratelimits]]`: a refused caller waits this long. */
const PERIOD_S = 60;

/**
 * Refuses a request with 429 `rate_limited` and `Retry-After` once `key` has spent its share of
 * the Workers Rate Limiting binding `limit` (wrangler.toml; simulated locally under `wrangler dev`
 * and in the tests). The middleware runs before anything reads the body or the database.
 *
 * @example rateLimited('ENROL_LIMIT', (c) => clientIp(c))
 */
export const rateLimited = (
  limit: 'ENROL_LIMIT' | 'LOGIN_LIMIT' | 'SYNC_LIMIT',
  key: (c: Context<AppEnv>) => string,
) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { success } = await c.env[limit].limit({ key: `${limit}:${key(c)}` });
    if (!success)
      throw new ApiError(429, 'rate_limited', 'Too many requests; wait and try again.', {
        'Retry-After': String(PERIOD_S),
      });
    await next();
  });
