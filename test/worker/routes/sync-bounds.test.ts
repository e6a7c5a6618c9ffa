import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { mutation, newClientId } from '../sync-fixtures.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

/** The numbers a broken or hostile client might send; each must be refused before anything is stored. */
const ABSURD: [string, (unitId: string) => unknown][] = [
  ['a seq of 1e308', (unitId) => mutation({ seq: 1e308, unitId })],
  ['a seq of 2^53 + 1 (not exact in JavaScript)', (unitId) => mutation({ seq: 2 ** 53 + 1, unitId })],
  ['a seq of 0', (unitId) => mutation({ seq: 0, unitId })],
  ['a fractional seq', (unitId) => mutation({ seq: 1.5, unitId })],
  ['checkedAt 1e308', (unitId) => mutation({ seq: 1, unitId, fields: { status: 'dat', checkedAt: 1e308 } })],
  [
    'checkedAt before 2020',
    (unitId) => mutation({ seq: 1, unitId, fields: { status: 'dat', checkedAt: 1000 } }),
  ],
  ['templateVersion 1e9', (unitId) => mutation({ seq: 1, unitId, fields: { templateVersion: 1e9 } })],
  [
    'an HLC stamp in the year 33000',
    (unitId) =>
      mutation({ seq: 1, unitId, hlc: encodeHlc({ wall: 999_999_999_999_999, counter: 0, node: 'x' }) }),
  ],
  [
    'an HLC stamp at wall 0',
    (unitId) => mutation({ seq: 1, unitId, hlc: encodeHlc({ wall: 0, counter: 0, node: 'x' }) }),
  ],
];

describe('bounded numbers in pushes', () => {
  it.each(ABSURD)('refuses %s with 400 invalid_request and stores nothing', async (_, make) => {
    const unit = await seedTestUnit();
    const clientId = newClientId();
    const { token } = await unit.enrol();

    const response = await workerFetch(
      '/api/v1/sync/push',
      jsonInit('POST', { v: 1, clientId, mutations: [make(unit.unitId)] }, token),
    );

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
    const stored = await env.DB.prepare(
      'SELECT (SELECT count(*) FROM answer WHERE unit_id = ?1) + (SELECT count(*) FROM client WHERE id = ?2) AS n',
    )
      .bind(unit.unitId, clientId)
      .first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });

  it('accepts the largest exact seq, 2^53 − 1, and stores it as an integer', async () => {
    const unit = await seedTestUnit();
    const clientId = newClientId();
    const { token } = await unit.enrol();

    const response = await workerFetch(
      '/api/v1/sync/push',
      jsonInit(
        'POST',
        { v: 1, clientId, mutations: [mutation({ seq: Number.MAX_SAFE_INTEGER, unitId: unit.unitId })] },
        token,
      ),
    );

    expect(response.status).toBe(200);
    const row = await env.DB.prepare('SELECT last_seq, typeof(last_seq) AS type FROM client WHERE id = ?1')
      .bind(clientId)
      .first();
    expect(row).toEqual({ last_seq: Number.MAX_SAFE_INTEGER, type: 'integer' });
  });
});
