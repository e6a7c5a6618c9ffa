import { Hono } from 'hono';
import { EnrollRequestSchema, type EnrollResponse } from '../../shared/sync/protocol.ts';
import { randomToken } from '../crypto/random-token.ts';
import { sha256Hex } from '../crypto/sha256-hex.ts';
import { enrolDevice } from '../db/enrol-device.ts';
import { findEnrolCode } from '../db/find-enrol-code.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { valid } from '../http/valibot.ts';

/** Codes are typed by people: compare them case-insensitively (the seed stores hashes of upper case). */
export const normaliseEnrolCode = (code: string): string => code.trim().toUpperCase();

export const devices = new Hono<AppEnv>().post('/enroll', valid('json', EnrollRequestSchema), async (c) => {
  const { code, label } = c.req.valid('json');
  const codeHash = await sha256Hex(normaliseEnrolCode(code));
  const found = await findEnrolCode(c.env.DB, codeHash);
  const now = Date.now();
  if (!found) throw new ApiError(400, 'code_unknown', 'Mã kích hoạt không đúng.');
  if (found.usedAt !== null) throw new ApiError(410, 'code_used', 'Mã kích hoạt đã được sử dụng.');
  if (found.expiresAt <= now) throw new ApiError(410, 'code_expired', 'Mã kích hoạt đã hết hạn.');

  // The token is shown once, here; only its hash is kept (docs/architecture.md §5).
  const token = randomToken();
  const deviceId = crypto.randomUUID();
  const created = await enrolDevice(c.env.DB, codeHash, {
    id: deviceId,
    tokenHash: await sha256Hex(token),
    label: label ?? null,
    now,
  });
  // Another enrolment spent the code between our read and our write.
  if (!created) throw new ApiError(410, 'code_used', 'Mã kích hoạt đã được sử dụng.');
  return c.json<EnrollResponse>(
    { serverTime: Date.now(), token, deviceId, unit: { id: found.unitId, name: found.unitName } },
    201,
  );
});
