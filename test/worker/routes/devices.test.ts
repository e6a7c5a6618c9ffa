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

  it('refuses a code once it has enrolled as many devices as it allows, and counts them', async () => {
    const unit = await seedTestUnit();
    const code = await unit.newCode({ maxDevices: 2 });
    expect((await enrol({ code })).status).toBe(201);
    expect((await enrol({ code })).status).toBe(201);

    const third = await enrol({ code });

    expect(third.status).toBe(400);
    expect(v.parse(ErrorResponseSchema, await third.json()).error.code).toBe('code_invalid');
    const { n } = (await env.DB.prepare('SELECT count(*) AS n FROM device WHERE unit_id = ?1')
      .bind(unit.unitId)
      .first<{ n: number }>())!;
    expect(n).toBe(2);
  });

  it('answers unknown, used, expired and revoked codes alike, so a guesser learns nothing', async () => {
    const unit = await seedTestUnit();
    const used = await unit.newCode();
    await enrol({ code: used });
    const expired = await unit.newCode({ expiresAt: Date.now() - 1 });
    const revoked = await unit.newCode();
    await env.DB.prepare(
      'UPDATE enrol_code SET revoked_at = 1 WHERE unit_id = ?1 AND enrolled = 0 AND expires_at > ?2',
    )
      .bind(unit.unitId, Date.now())
      .run();

    const answers = await Promise.all(
      [used, expired, revoked, 'NO-SUCH-CODE'].map(async (code) => {
        const response = await enrol({ code });
        return [response.status, await response.json()];
      }),
    );

    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]![0]).toBe(400);
  });

  it('rejects unknown keys with 400 invalid_request naming the key', async () => {
    const response = await enrol({ code: 'DEMO-GOVAP', unit: 'phuong-go-vap' });

    expect(response.status).toBe(400);
    const { error } = v.parse(ErrorResponseSchema, await response.json());
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain('unit');
  });
});
