import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  HISTORY_RETENTION_MS,
  pruneRetention,
  REJECTED_RETENTION_MS,
} from '../../../worker/db/prune-retention.ts';
import worker from '../../../worker/index.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { newClientId, stamp } from '../sync-fixtures.ts';

const NOW = Date.UTC(2031, 5, 1);

/** Writes a change-log entry as a push would have, `ageMs` before NOW. */
async function logEntry(
  unitId: string,
  deviceId: string,
  clientId: string,
  seq: number,
  status: 'applied' | 'superseded' | 'rejected',
  ageMs: number,
  itemId = 'P01',
) {
  await env.DB.prepare(
    `INSERT INTO change_log (client_id, seq, device_id, unit_id, subject, item_id, hlc, status, reason, new_fields, created_at)
     VALUES (?1, ?2, ?3, ?4, 'test-proc-a', ?5, ?6, ?7, ?8, '{}', ?9)`,
  )
    .bind(
      clientId,
      seq,
      deviceId,
      unitId,
      itemId,
      stamp(-ageMs),
      status,
      status === 'rejected' ? 'unknown_item' : null,
      NOW - ageMs,
    )
    .run();
}

const entries = async (clientId: string) =>
  (
    await env.DB.prepare('SELECT seq FROM change_log WHERE client_id = ?1 ORDER BY seq')
      .bind(clientId)
      .all<{ seq: number }>()
  ).results.map((row) => row.seq);

describe('pruneRetention', () => {
  it('drops old refusals and old history, keeping each answer’s latest applied write', async () => {
    const unit = await seedTestUnit();
    const { deviceId } = await unit.enrol();
    const clientId = newClientId();
    const old = HISTORY_RETENTION_MS + 86_400_000;
    await logEntry(unit.unitId, deviceId, clientId, 1, 'applied', old + 2000); // superseded by seq 2: goes
    await logEntry(unit.unitId, deviceId, clientId, 2, 'applied', old + 1000); // P01's latest applied: stays
    await logEntry(unit.unitId, deviceId, clientId, 3, 'superseded', old); // lost after seq 2, no later applied: stays
    await logEntry(unit.unitId, deviceId, clientId, 4, 'rejected', REJECTED_RETENTION_MS + 1); // goes
    await logEntry(unit.unitId, deviceId, clientId, 5, 'rejected', REJECTED_RETENTION_MS - 1000); // recent: stays
    await logEntry(unit.unitId, deviceId, clientId, 6, 'applied', 1000, 'P02'); // recent history: stays

    const counts = await pruneRetention(env.DB, NOW);

    expect(counts).toMatchObject({ rejected: 1, history: 1 });
    expect(await entries(clientId)).toEqual([2, 3, 5, 6]);
  });

  it('forgets the push bookkeeping of devices revoked long ago, and only theirs', async () => {
    const unit = await seedTestUnit();
    const revoked = await unit.enrol();
    const active = await unit.enrol();
    await env.DB.prepare('UPDATE device SET revoked_at = ?1 WHERE id = ?2')
      .bind(NOW - REJECTED_RETENTION_MS - 1, revoked.deviceId)
      .run();
    for (const device of [revoked, active])
      await env.DB.prepare('INSERT INTO client (id, device_id, last_seq) VALUES (?1, ?2, 3)')
        .bind(`client-of-${device.deviceId}`, device.deviceId)
        .run();

    await pruneRetention(env.DB, NOW);

    const { results } = await env.DB.prepare('SELECT device_id FROM client WHERE device_id IN (?1, ?2)')
      .bind(revoked.deviceId, active.deviceId)
      .all();
    expect(results).toEqual([{ device_id: active.deviceId }]);
  });

  it('runs from the Worker’s daily cron trigger', async () => {
    const unit = await seedTestUnit();
    const { deviceId } = await unit.enrol();
    const clientId = newClientId();
    await logEntry(unit.unitId, deviceId, clientId, 1, 'rejected', REJECTED_RETENTION_MS + 1);
    const context = createExecutionContext();

    worker.scheduled(createScheduledController({ scheduledTime: NOW, cron: '30 19 * * *' }), env, context);
    await waitOnExecutionContext(context);

    expect(await entries(clientId)).toEqual([]);
  });
});
