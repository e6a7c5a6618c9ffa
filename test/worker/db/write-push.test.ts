import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readPushState } from '../../../worker/db/read-push-state.ts';
import { PushConflictError, writePush } from '../../../worker/db/write-push.ts';
import { planPush } from '../../../worker/sync/plan-push.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { mutation, newClientId } from '../sync-fixtures.ts';

describe('writePush', () => {
  it('refuses a plan made from state another push changed since, and writes nothing of it', async () => {
    const unit = await seedTestUnit();
    const [a, b] = [await unit.enrol(), await unit.enrol()];
    const [clientA, clientB] = [newClientId(), newClientId()];
    const key = { subject: 'test-proc-a', itemId: 'P01' };
    const plan = async (clientId: string, note: string) => {
      const mutations = [mutation({ seq: 1, unitId: unit.unitId, fields: { note } })];
      const state = await readPushState(env.DB, unit.unitId, clientId, [key]);
      return { state, plan: planPush({ unitId: unit.unitId, mutations, state, now: Date.now() }) };
    };
    const write = (clientId: string, deviceId: string, planned: Awaited<ReturnType<typeof plan>>) =>
      writePush(env.DB, planned.plan, {
        unitId: unit.unitId,
        deviceId,
        clientId,
        seenCounter: planned.state.counter,
        seenLastSeq: planned.state.client?.lastSeq ?? 0,
        now: Date.now(),
      });
    const first = await plan(clientA, 'A');
    const second = await plan(clientB, 'B');

    await write(clientA, a.deviceId, first);

    await expect(write(clientB, b.deviceId, second)).rejects.toBeInstanceOf(PushConflictError);
    const rows = await env.DB.prepare('SELECT fields FROM answer WHERE unit_id = ?1').bind(unit.unitId).all();
    expect(rows.results).toEqual([{ fields: '{"note":"A"}' }]);
    expect(await env.DB.prepare('SELECT * FROM client WHERE id = ?1').bind(clientB).first()).toBeNull();
    expect(
      await env.DB.prepare('SELECT version FROM unit_counter WHERE unit_id = ?1')
        .bind(unit.unitId)
        .first('version'),
    ).toBe(first.plan.counter);
  });

  it('keeps the unit summary in step with the answers it writes', async () => {
    const unit = await seedTestUnit();
    const { deviceId } = await unit.enrol();
    const clientId = newClientId();
    const items = Array.from({ length: 23 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
    const mutations = items.map((itemId, i) =>
      mutation({
        seq: i + 1,
        unitId: unit.unitId,
        itemId,
        fields: { status: i === 0 ? 'khong_ap_dung' : 'dat' },
      }),
    );
    const state = await readPushState(env.DB, unit.unitId, clientId, mutations);
    const now = Date.now();

    await writePush(env.DB, planPush({ unitId: unit.unitId, mutations, state, now }), {
      unitId: unit.unitId,
      deviceId,
      clientId,
      seenCounter: state.counter,
      seenLastSeq: 0,
      now,
    });

    expect(
      await env.DB.prepare('SELECT * FROM unit_summary WHERE unit_id = ?1').bind(unit.unitId).first(),
    ).toEqual({
      unit_id: unit.unitId,
      procedures: 2,
      complete: 1,
      last_sync_at: now,
    });
  });
});
