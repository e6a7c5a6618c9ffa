import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { seedTestUnit } from '../seed-test-unit.ts';
import { mutation } from '../sync-fixtures.ts';
import { bearer, jsonInit, workerFetch } from '../worker-fetch.ts';

const codeOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

describe('sync and catalogue authentication', () => {
  const routes = (unitId: string, token?: string) => [
    () => workerFetch(`/api/v1/sync/pull?unit=${unitId}`, token ? bearer(token) : undefined),
    () =>
      workerFetch(
        '/api/v1/sync/push',
        jsonInit('POST', { v: 1, clientId: 'c1', mutations: [mutation({ seq: 1, unitId })] }, token),
      ),
    () => workerFetch('/api/v1/catalogue', token ? bearer(token) : undefined),
    () => workerFetch('/api/v1/sync/history?subject=test-proc-a&item=P01', token ? bearer(token) : undefined),
  ];

  it('answers 401 unauthorized without a token', async () => {
    const { unitId } = await seedTestUnit();
    for (const call of routes(unitId)) {
      const response = await call();
      expect(response.status).toBe(401);
      expect(await codeOf(response)).toBe('unauthorized');
    }
  });

  it('answers 401 unauthorized for a token the server never issued', async () => {
    const { unitId } = await seedTestUnit();
    for (const call of routes(unitId, 'not-a-real-token')) {
      const response = await call();
      expect(response.status).toBe(401);
      expect(await codeOf(response)).toBe('unauthorized');
    }
  });

  it('answers 401 token_revoked from the first request after revocation', async () => {
    const unit = await seedTestUnit();
    const { token, deviceId } = await unit.enrol();
    expect((await workerFetch(`/api/v1/sync/pull?unit=${unit.unitId}`, bearer(token))).status).toBe(200);

    await env.DB.prepare('UPDATE device SET revoked_at = ?1 WHERE id = ?2').bind(Date.now(), deviceId).run();

    for (const call of routes(unit.unitId, token)) {
      const response = await call();
      expect(response.status).toBe(401);
      expect(await codeOf(response)).toBe('token_revoked');
    }
  });
});
