import { createMiddleware } from 'hono/factory';
import { sha256Hex } from '../crypto/sha256-hex.ts';
import { findDeviceByTokenHash } from '../db/find-device-by-token-hash.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Resolves `Authorization: Bearer <token>` to a device and its unit (docs/architecture.md §5). The
 * token is looked up by its SHA-256, and revocation is read on every request, so it takes effect
 * on the next one. Handlers take the unit from here, never from the body.
 */
export const requireDevice = createMiddleware<AppEnv>(async (c, next) => {
  const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  if (!token) throw new ApiError(401, 'unauthorized', 'Missing bearer token.');
  const device = await findDeviceByTokenHash(c.env.DB, await sha256Hex(token));
  if (!device) throw new ApiError(401, 'unauthorized', 'Unknown token.');
  if (device.revokedAt !== null) throw new ApiError(401, 'token_revoked', 'This device has been revoked.');
  c.set('device', { id: device.id, unitId: device.unitId, role: device.role });
  await next();
});
