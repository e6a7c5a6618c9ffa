import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CatalogueResponseSchema } from '../../../shared/sync/protocol.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { bearer, workerFetch } from '../worker-fetch.ts';

describe('GET /api/v1/catalogue', () => {
  it("lists the procedures assigned to the token's unit", async () => {
    const unit = await seedTestUnit();
    await seedTestUnit();
    const { token } = await unit.enrol();

    const response = await workerFetch('/api/v1/catalogue', bearer(token));

    expect(response.status).toBe(200);
    const body = v.parse(CatalogueResponseSchema, await response.json());
    expect(body.unit.id).toBe(unit.unitId);
    expect(body.procedures).toEqual([
      { key: 'test-proc-a', code: null, name: 'test-proc-a', field: 'Thử', level: 'xã' },
      { key: 'test-proc-b', code: null, name: 'test-proc-b', field: 'Thử', level: 'xã' },
    ]);
  });

  it('answers 401 without a token', async () => {
    expect((await workerFetch('/api/v1/catalogue')).status).toBe(401);
  });
});
