import { env } from 'cloudflare:workers';
import { sha256Hex } from '../../worker/crypto/sha256-hex.ts';
import { jsonInit, workerFetch } from './worker-fetch.ts';

export const TEST_PROCEDURES = ['test-proc-a', 'test-proc-b'] as const;

export interface TestUnit {
  unitId: string;
  /** A fresh one-time code for the unit. */
  newCode(options?: { expiresAt?: number; maxDevices?: number }): Promise<string>;
  /** Enrols a new device of the unit through the API and returns its token and id. */
  enrol(): Promise<{ token: string; deviceId: string }>;
}

/**
 * A ward of its own with the two test procedures assigned, so tests in one file never see each
 * other's rows. Ids are random; nothing here depends on the demo seed.
 */
export async function seedTestUnit(): Promise<TestUnit> {
  const unitId = `test-${crypto.randomUUID().slice(0, 8)}`;
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO org_unit (id, kind, name, parent_id, valid_from) VALUES (?1, 'ward', ?2, NULL, '2025-07-01')",
    ).bind(unitId, `Phường thử ${unitId}`),
    env.DB.prepare(
      "INSERT INTO org_link (unit_id, parent_id, valid_from) VALUES (?1, NULL, '2025-07-01')",
    ).bind(unitId),
    ...TEST_PROCEDURES.map((key) =>
      env.DB.prepare(
        "INSERT OR IGNORE INTO procedure (key, code, name, field, level) VALUES (?1, NULL, ?1, 'Thử', 'xã')",
      ).bind(key),
    ),
    ...TEST_PROCEDURES.map((key) =>
      env.DB.prepare('INSERT INTO assignment (unit_id, procedure_key) VALUES (?1, ?2)').bind(unitId, key),
    ),
  ]);
  const newCode = async ({ expiresAt = Date.now() + 86_400_000, maxDevices = 1 } = {}) => {
    const code = `CODE-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
    await env.DB.prepare(
      'INSERT INTO enrol_code (code_hash, unit_id, expires_at, created_at, max_devices) VALUES (?1, ?2, ?3, ?4, ?5)',
    )
      .bind(await sha256Hex(code), unitId, expiresAt, Date.now(), maxDevices)
      .run();
    return code;
  };
  const enrol = async () => {
    const response = await workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code: await newCode() }));
    if (response.status !== 201) throw new Error(`enrol failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as { token: string; deviceId: string };
  };
  return { unitId, newCode, enrol };
}
