import { createMiddleware } from 'hono/factory';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * Requests with a body must send JSON that parses. Checked before validation so that a broken body
 * reads 400 `bad_json` (not a schema error), and a missing content type 415 rather than a confusing
 * "missing key". Hono caches the body text, so the validator reads it again for free.
 */
export const requireJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
  if (!JSON_TYPE.test(mediaType)) {
    throw new ApiError(415, 'unsupported_media_type', 'Body must be JSON (Content-Type: application/json).');
  }
  try {
    await c.req.json();
  } catch {
    throw new ApiError(400, 'bad_json', 'Request body is not valid JSON.');
  }
  await next();
});
