import { Hono } from 'hono';
import { EnrollRequestSchema, type EnrollResponse } from '../../shared/sync/protocol.ts';
import { randomToken } from '../crypto/random-token.ts';
import { sha256Hex } from '../crypto/sha256-hex.ts';
import { enrolDevice } from '../db/enrol-device.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { valid } from '../http/valibot.ts';

/** The browser a User-Agent names, for a device's default name ("THCS Trường Sơn · Edge"). */
const browserOf = (userAgent: string): string =>
  /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : 'Browser';

/** Codes are typed by people: compare them case-insensitively (only hashes of upper case are stored). */
export const normaliseEnrolCode = (code: string): string => code.trim().toUpperCase();

/**
 * Enrolment (docs/architecture.md §5): a code an admin issued becomes a device token, shown once.
 * Unknown, used up, expired and revoked codes all get the same answer, `code_invalid`.
 */
export const devices = new Hono<AppEnv>().post('/enroll', valid('json', EnrollRequestSchema), async (c) => {
  const { code, label } = c.req.valid('json');
  // The token is shown once, here; only its hash is kept.
  const token = randomToken();
  const deviceId = crypto.randomUUID();
  const unit = await enrolDevice(c.env.DB, await sha256Hex(normaliseEnrolCode(code)), {
    id: deviceId,
    tokenHash: await sha256Hex(token),
    label: label || null,
    browser: browserOf(c.req.header('User-Agent') ?? ''),
    now: Date.now(),
  });
  if (!unit)
    throw new ApiError(400, 'code_invalid', 'Mã kích hoạt không đúng, đã dùng hết lượt hoặc đã hết hạn.');
  return c.json<EnrollResponse>(
    {
      serverTime: Date.now(),
      token,
      deviceId,
      label: unit.label,
      unit: { id: unit.unitId, name: unit.unitName },
    },
    201,
  );
});
