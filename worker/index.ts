import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ErrorResponse } from '../shared/sync/protocol.ts';
import { dashboard } from './dashboard/dashboard.tsx';
import { pruneRetention } from './db/prune-retention.ts';
import { ApiError } from './http/api-error.ts';
import type { AppEnv } from './http/app-env.ts';
import { corsForAllowedOrigins } from './http/cors-for-allowed-origins.ts';
import { onError } from './http/on-error.ts';
import { requireJsonBody } from './http/require-json-body.ts';
import { catalogue } from './routes/catalogue.ts';
import { devices } from './routes/devices.ts';
import { sync } from './routes/sync.ts';

/** The extension sends at most 192 kB of mutations per push (200 at most); anything bigger is abuse. */
const MAX_BODY_BYTES = 256 * 1024;

const api = new Hono<AppEnv>()
  .use(corsForAllowedOrigins)
  .use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `Request body exceeds ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  )
  .use(requireJsonBody)
  .route('/devices', devices)
  .route('/sync', sync)
  .route('/catalogue', catalogue);

const app = new Hono<AppEnv>().route('/api/v1', api).route('/', dashboard);
app.onError(onError);
app.notFound((c) =>
  c.req.path.startsWith('/api/')
    ? c.json<ErrorResponse>({ error: { code: 'not_found', message: 'No such API route.' } }, 404)
    : c.text('Không tìm thấy trang.', 404),
);

/**
 * The Worker: the Hono app answers requests; the daily cron (wrangler.toml `[triggers]`) runs the
 * retention job.
 */
export default {
  fetch: app.fetch,
  scheduled(controller, env, ctx) {
    ctx.waitUntil(
      pruneRetention(env.DB, controller.scheduledTime).then((counts) => console.log('retention', counts)),
    );
  },
} satisfies ExportedHandler<Env>;
