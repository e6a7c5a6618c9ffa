import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_PUSH_MUTATIONS } from '../../../shared/sync/protocol.ts';
import { applyPush } from '../../../worker/sync/apply-push.ts';
import { countingDb } from '../counting-db.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { mutation, newClientId, stamp } from '../sync-fixtures.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

const ITEMS = Array.from({ length: 23 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);

/** `count` mutations over the 46 keys of a test unit (two procedures × 23 items), notes varying. */
const manyMutations = (unitId: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    mutation({
      seq: i + 1,
      unitId,
      subject: i % 2 === 0 ? 'test-proc-a' : 'test-proc-b',
      itemId: ITEMS[Math.floor(i / 2) % ITEMS.length]!,
      fields: { status: 'dat', note: `ghi chú ${i}` },
      hlc: stamp(-100_000 + i),
    }),
  );

describe('applyPush', () => {
  it('writes a 200-mutation push in the same 16 queries', async () => {
    const unit = await seedTestUnit();
    const { deviceId } = await unit.enrol();
    const { db, queries } = countingDb(env.DB);

    const response = await applyPush(
      db,
      { id: deviceId, unitId: unit.unitId, role: 'editor' },
      { v: 1, clientId: newClientId(), mutations: manyMutations(unit.unitId, 200) },
    );

    expect(response.results.filter((result) => result.status === 'applied')).toHaveLength(200);
    expect(queries()).toBeLessThanOrEqual(16);
  });

  it('writes a full push (500 mutations) with a bounded number of D1 queries, all applied', async () => {
    const unit = await seedTestUnit();
    const { deviceId } = await unit.enrol();
    const { db, queries } = countingDb(env.DB);
    const mutations = manyMutations(unit.unitId, MAX_PUSH_MUTATIONS);

    const response = await applyPush(
      db,
      { id: deviceId, unitId: unit.unitId, role: 'editor' },
      { v: 1, clientId: newClientId(), mutations },
    );

    expect(response.lastSeq).toBe(MAX_PUSH_MUTATIONS);
    expect(response.results.filter((result) => result.status === 'applied')).toHaveLength(MAX_PUSH_MUTATIONS);
    // 6 reads, 8 writes and 2 reads of the outcome: the same for 1 mutation or 500.
    expect(queries()).toBeLessThanOrEqual(16);
    const { n } = (await env.DB.prepare('SELECT count(*) AS n FROM answer WHERE unit_id = ?1')
      .bind(unit.unitId)
      .first<{ n: number }>())!;
    expect(n).toBe(46);
    const { logged } = (await env.DB.prepare('SELECT count(*) AS logged FROM change_log WHERE unit_id = ?1')
      .bind(unit.unitId)
      .first<{ logged: number }>())!;
    expect(logged).toBe(MAX_PUSH_MUTATIONS);
  });

  it('hands out versions per unit: one unit pushing hard never fails another unit’s pushes', async () => {
    const busy = await seedTestUnit();
    const quiet = await seedTestUnit();
    const busyDevices = await Promise.all(Array.from({ length: 10 }, () => busy.enrol()));
    const quietDevice = await quiet.enrol();
    const quietClient = newClientId();

    const hammer = busyDevices.map((device, i) =>
      workerFetch(
        '/api/v1/sync/push',
        jsonInit(
          'POST',
          {
            v: 1,
            clientId: newClientId(),
            mutations: [mutation({ seq: 1, unitId: busy.unitId, fields: { note: `${i}` } })],
          },
          device.token,
        ),
      ),
    );
    const quietStatuses: number[] = [];
    for (let seq = 1; seq <= 10; seq++) {
      const response = await workerFetch(
        '/api/v1/sync/push',
        jsonInit(
          'POST',
          {
            v: 1,
            clientId: quietClient,
            mutations: [mutation({ seq, unitId: quiet.unitId, fields: { note: `${seq}` } })],
          },
          quietDevice.token,
        ),
      );
      quietStatuses.push(response.status);
    }
    await Promise.all(hammer);

    expect(quietStatuses).toEqual(Array(10).fill(200));
    const versions = await env.DB.prepare(
      'SELECT unit_id, version FROM unit_counter WHERE unit_id IN (?1, ?2)',
    )
      .bind(busy.unitId, quiet.unitId)
      .all<{ unit_id: string; version: number }>();
    expect(versions.results.find((row) => row.unit_id === quiet.unitId)?.version).toBe(10);
  });

  it('answers 503 write_conflict with Retry-After when its unit keeps changing under it', async () => {
    const unit = await seedTestUnit();
    const { deviceId } = await unit.enrol();
    // Every write batch (9 statements or more; the read batch has 6) finds the guard moved, as if
    // another push of the unit always landed first.
    const contended = new Proxy(env.DB, {
      get(target, property) {
        if (property === 'batch')
          return (statements: D1PreparedStatement[]) =>
            statements.length > 6
              ? Promise.reject(new Error('D1_ERROR: CHECK constraint failed: version >= 0'))
              : target.batch(statements);
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

    const failure = applyPush(
      contended,
      { id: deviceId, unitId: unit.unitId, role: 'editor' },
      { v: 1, clientId: newClientId(), mutations: [mutation({ seq: 1, unitId: unit.unitId })] },
    );

    await expect(failure).rejects.toMatchObject({
      status: 503,
      code: 'write_conflict',
      headers: { 'Retry-After': '1' },
    });
  });

  it('refuses a push that names another unit whole: 403, nothing written or logged', async () => {
    const unit = await seedTestUnit();
    const other = await seedTestUnit();
    const clientId = newClientId();
    const { token } = await unit.enrol();

    const response = await workerFetch(
      '/api/v1/sync/push',
      jsonInit(
        'POST',
        {
          v: 1,
          clientId,
          mutations: [
            mutation({ seq: 1, unitId: unit.unitId }),
            mutation({ seq: 2, unitId: other.unitId, fields: { note: 'không phải của tôi' } }),
          ],
        },
        token,
      ),
    );

    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('other_unit');
    const { n } = (await env.DB.prepare(
      'SELECT (SELECT count(*) FROM change_log WHERE client_id = ?1) + (SELECT count(*) FROM answer WHERE unit_id IN (?2, ?3)) + (SELECT count(*) FROM client WHERE id = ?1) AS n',
    )
      .bind(clientId, unit.unitId, other.unitId)
      .first<{ n: number }>())!;
    expect(n).toBe(0);
  });
});
