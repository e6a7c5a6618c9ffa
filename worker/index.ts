import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type ErrorResponse, type HealthResponse, PROTOCOL_VERSION } from '../shared/sync/protocol.ts';
import { sha256Hex } from './crypto/sha256-hex.ts';
import { dashboard } from './dashboard/dashboard.tsx';
import { DASHBOARD_CSS } from './dashboard/dashboard-css.ts';
import { pruneRetention } from './db/prune-retention.ts';
import { ApiError } from './http/api-error.ts';
import type { AppEnv } from './http/app-env.ts';
import { clientIp } from './http/client-ip.ts';
import { corsForAllowedOrigins } from './http/cors-for-allowed-origins.ts';
import { onError } from './http/on-error.ts';
import { pageLanguage } from './http/page-language.ts';
import { rateLimited } from './http/rate-limit.ts';
import { requireJsonBody } from './http/require-json-body.ts';
import { securityHeaders } from './http/security-headers.ts';
import { account } from './routes/account.tsx';
import { admin } from './routes/admin.tsx';
import { auth } from './routes/auth.tsx';
import { catalogue } from './routes/catalogue.ts';
import { devices } from './routes/devices.ts';
import { photos } from './routes/photos.ts';
import { sync } from './routes/sync.ts';

/** The extension sends at most 192 kB of mutations per push (500 at most); anything bigger is abuse. */
const MAX_BODY_BYTES = 256 * 1024;
/** Dashboard forms are small; only a catalogue file upload (its own limit) is larger. */
const MAX_FORM_BYTES = 64 * 1024;

/** 413 from the Content-Length alone, or as soon as a streamed body passes the limit: never read whole. */
const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `Request body exceeds ${maxSize} bytes.`);
    },
  });

/**
 * Device requests (sync, catalogue) are limited per device: keyed by the bearer token's hash,
 * before any database read; requests without one by IP.
 */
const deviceLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  const authorization = c.req.header('Authorization');
  const key = authorization ? await sha256Hex(authorization) : `ip:${clientIp(c)}`;
  return rateLimited('SYNC_LIMIT', () => key)(c, next);
};

const api = new Hono<AppEnv>()
  .use(corsForAllowedOrigins)
  .use(
    '/devices/enroll',
    rateLimited('ENROL_LIMIT', (c) => clientIp(c)),
  )
  .use('/sync/*', deviceLimit)
  .use('/catalogue', deviceLimit)
  .use('/photos/*', deviceLimit)
  // Photos are bytes with a limit of their own (worker/routes/photos.ts); every other body is JSON.
  .route('/photos', photos)
  .use(limitBody(MAX_BODY_BYTES))
  .use(requireJsonBody)
  .get('/health', (c) =>
    c.json<HealthResponse>({ v: PROTOCOL_VERSION, service: 'congkhai', serverTime: Date.now() }),
  )
  .route('/devices', devices)
  .route('/sync', sync)
  .route('/catalogue', catalogue);

const pages = new Hono<AppEnv>()
  .use(pageLanguage)
  .use(async (c, next) =>
    c.req.path.startsWith('/admin/import') ? next() : limitBody(MAX_FORM_BYTES)(c, next),
  )
  .route('/', auth)
  .route('/account', account)
  .route('/admin', admin)
  .route('/', dashboard);

const app = new Hono<AppEnv>()
  .use(securityHeaders)
  .get('/assets/dashboard.css', (c) =>
    c.body(DASHBOARD_CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  )
  .route('/api/v1', api)
  .route('/', pages);
app.onError(onError);
app.notFound((c) => {
  if (c.req.path.startsWith('/api/'))
    return c.json<ErrorResponse>({ error: { code: 'not_found', message: 'No such API route.' } }, 404);
  throw new ApiError(404, 'not_found', 'No such page.');
});

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
