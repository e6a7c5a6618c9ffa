import { env } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EnrollResponseSchema, ErrorResponseSchema } from '../../../shared/sync/protocol.ts';
import { sha256Hex } from '../../../worker/crypto/sha256-hex.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

const enrol = (body: unknown) => workerFetch('/api/v1/devices/enroll', jsonInit('POST', body));

describe('POST /api/v1/devices/enroll', () => {
  it('trades a valid code for a token of the code unit, storing only the token hash', async () => {
    const unit = await seedTestUnit();
    const code = await unit.newCode();

    const response = await enrol({ code: code.toLowerCase(), label: 'Máy văn thư' });

    expect(response.status).toBe(201);
    const body = v.parse(EnrollResponseSchema, await response.json());
    expect(body.unit).toEqual({ id: unit.unitId, name: `Phường thử ${unit.unitId}` });
    expect(body.token).toMatch(/^[\w-]{43}$/);
    const device = await env.DB.prepare('SELECT token_hash, unit_id, label FROM device WHERE id = ?1')
      .bind(body.deviceId)
      .first();
    expect(device).toEqual({
      token_hash: await sha256Hex(body.token),
      unit_id: unit.unitId,
      label: 'Máy văn thư',
    });
  });

  it('refuses a code the second time: 410 code_used', async () => {
    const unit = await seedTestUnit();
    const code = await unit.newCode();
    expect((await enrol({ code })).status).toBe(201);

    const again = await enrol({ code });

    expect(again.status).toBe(410);
    expect(v.parse(ErrorResponseSchema, await again.json()).error.code).toBe('code_used');
    const { n } = (await env.DB.prepare('SELECT count(*) AS n FROM device WHERE unit_id = ?1')
      .bind(unit.unitId)
      .first<{ n: number }>())!;
    expect(n).toBe(1);
  });

  it('refuses an expired code with 410 code_expired and an unknown one with 400 code_unknown', async () => {
    const unit = await seedTestUnit();
    const expired = await unit.newCode({ expiresAt: Date.now() - 1 });

    const late = await enrol({ code: expired });
    const unknown = await enrol({ code: 'NO-SUCH-CODE' });

    expect([late.status, ((await late.json()) as { error: { code: string } }).error.code]).toEqual([
      410,
      'code_expired',
    ]);
    expect([unknown.status, ((await unknown.json()) as { error: { code: string } }).error.code]).toEqual([
      400,
      'code_unknown',
    ]);
  });

  it('rejects unknown keys with 400 invalid_request naming the key', async () => {
    const response = await enrol({ code: 'DEMO-GOVAP', unit: 'phuong-go-vap' });

    expect(response.status).toBe(400);
    const { error } = v.parse(ErrorResponseSchema, await response.json());
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain('unit');
  });
});
