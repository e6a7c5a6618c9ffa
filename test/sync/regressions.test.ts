import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readEnrolment } from '../../extension/db/read-enrolment.ts';
import { readMeta } from '../../extension/db/read-meta.ts';
import { enrollDevice } from '../../extension/sync/enroll-device.ts';
import { pullChanges } from '../../extension/sync/pull-changes.ts';
import { pushOutbox } from '../../extension/sync/push-outbox.ts';
import { isClockWrong } from '../../shared/sync/clock-skew.ts';
import { decodeHlc } from '../../shared/sync/hlc.ts';
import { seedTestUnit, type TestUnit } from '../worker/seed-test-unit.ts';
import { serverRows } from './support/server-rows.ts';
import { createSyncDevice, localRows, SERVER_URL, type SyncDevice, toWorker } from './support/sync-device.ts';

const SUBJECT = 'test-proc-a';
const DAY = 86_400_000;

async function enrolled(unit: TestUnit, name: string, skewMs = 0): Promise<SyncDevice> {
  const device = createSyncDevice(name, skewMs);
  await device.enrol(await unit.newCode());
  return device;
}

const logOf = async (unitId: string) =>
  (
    await env.DB.prepare('SELECT status, reason FROM change_log WHERE unit_id = ?1 ORDER BY id')
      .bind(unitId)
      .all<{ status: string; reason: string | null }>()
  ).results;

describe('issue #6 regressions, against the real worker', () => {
  it('a clock once a day ahead recovers: its writes are stamped again from the server time, later ones too', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit, 'a');
    device.skewMs = DAY; // the clock jumps a day ahead after enrolment
    await device.save(SUBJECT, 'P06', { status: 'dat', note: 'bảng tầng 1' });
    await device.save(SUBJECT, 'P06', { note: 'bảng tầng 2' });

    expect(await device.sync()).toEqual({ status: 'synced' });
    expect(isClockWrong(await readMeta(device.db, 'serverClock'))).toBe(true);
    device.skewMs = 0; // the person sets the clock right, while the stored offset is still a day
    await device.save(SUBJECT, 'P07', { status: 'dat' });
    expect(await device.sync()).toEqual({ status: 'synced' });

    expect(await localRows(device.db)).toEqual(await serverRows(unit.unitId));
    expect((await serverRows(unit.unitId)).map((row) => row.fields)).toEqual([
      expect.objectContaining({ status: 'dat', note: 'bảng tầng 2' }),
      expect.objectContaining({ status: 'dat' }),
    ]);
    // The pull before each push measured the clock: nothing was ever refused, every write recorded.
    expect(await logOf(unit.unitId)).toEqual([
      { status: 'applied', reason: null },
      { status: 'applied', reason: null },
      { status: 'applied', reason: null },
    ]);
    const clock = decodeHlc((await readMeta(device.db, 'hlc'))!);
    expect(clock.wall).toBeLessThan(Date.now() + 60_000);
    expect(await readMeta(device.db, 'lastError')).toBeNull();
  });

  it('a write refused clock_ahead (the clock jumped between pull and push) is sent again, not dropped', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit, 'a');
    device.skewMs = DAY;
    await device.save(SUBJECT, 'P06', { status: 'dat' });
    await device.save(SUBJECT, 'P06', { note: 'sau' });
    const enrolment = (await readEnrolment(device.db))!;

    // The push half alone, as if the clock jumped after the pull.
    await pushOutbox(
      device.db,
      { url: SERVER_URL, token: enrolment.token, fetch: toWorker },
      enrolment,
      device.now,
    );

    expect(await device.db.outbox.count()).toBe(0);
    expect(await logOf(unit.unitId)).toEqual([
      { status: 'rejected', reason: 'clock_ahead' },
      { status: 'rejected', reason: 'clock_ahead' },
      { status: 'applied', reason: null },
      { status: 'applied', reason: null },
    ]);
    expect((await serverRows(unit.unitId))[0]?.fields).toMatchObject({ status: 'dat', note: 'sau' });
    expect(await localRows(device.db)).toEqual(await serverRows(unit.unitId));
  });

  it('a device whose clock ran ahead while offline re-stamps its waiting writes before they can be refused', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit, 'a', DAY);
    // Enrolment measured the clock: writes from now on carry the server's time.
    await device.save(SUBJECT, 'P06', { status: 'dat' });

    expect(await device.sync()).toEqual({ status: 'synced' });
    expect(await logOf(unit.unitId)).toEqual([{ status: 'applied', reason: null }]);
  });

  it('an edit right after the server value was put back wins locally and on the server', async () => {
    const unit = await seedTestUnit();
    const fast = await enrolled(unit, 'fast', 30_000); // within the tolerance: its stamps win
    const slow = await enrolled(unit, 'slow');
    await fast.save(SUBJECT, 'P06', { status: 'chua_dat' });
    await fast.sync();
    await slow.save(SUBJECT, 'P06', { status: 'dat' });
    await slow.sync(); // superseded: the fast device's value comes back

    expect((await slow.db.answers.get([SUBJECT, 'P06']))?.fields.status).toBe('chua_dat');
    await slow.save(SUBJECT, 'P06', { status: 'khong_ap_dung' });
    expect((await slow.db.answers.get([SUBJECT, 'P06']))?.fields.status).toBe('khong_ap_dung');
    await slow.sync();

    expect((await serverRows(unit.unitId))[0]?.fields.status).toBe('khong_ap_dung');
    expect(await localRows(slow.db)).toEqual(await serverRows(unit.unitId));
  });

  it('keeps a note of the value that lost, with who won and when', async () => {
    const unit = await seedTestUnit();
    const fast = await enrolled(unit, 'Máy hiệu trưởng', 30_000);
    const slow = await enrolled(unit, 'Máy văn thư');
    await fast.save(SUBJECT, 'P06', { status: 'chua_dat' });
    await fast.sync();
    await slow.save(SUBJECT, 'P06', { status: 'dat' });
    await slow.sync();

    expect(await slow.db.conflicts.toArray()).toEqual([
      expect.objectContaining({
        subject: SUBJECT,
        itemId: 'P06',
        field: 'status',
        lostValue: 'dat',
        keptValue: 'chua_dat',
        keptBy: 'Máy hiệu trưởng',
        reason: 'superseded',
      }),
    ]);
  });

  it('re-enrolling into another unit while a pull is under way keeps none of the old cursor', async () => {
    const busy = await seedTestUnit();
    const fresh = await seedTestUnit();
    const writer = await enrolled(busy, 'writer');
    for (let i = 1; i <= 23; i++)
      await writer.save(SUBJECT, `P${String(i).padStart(2, '0')}`, { status: 'dat' });
    await writer.sync(); // the busy unit's versions reach 23
    const other = await enrolled(fresh, 'other');
    await other.save(SUBJECT, 'P01', { note: 'một' });
    await other.save(SUBJECT, 'P02', { note: 'hai' });
    await other.sync(); // the fresh unit's versions are 1 and 2

    const device = await enrolled(busy, 'moving');
    const code = await fresh.newCode();
    device.fetch = async (request) => {
      if (
        new URL(request.url).pathname === '/api/v1/sync/pull' &&
        (await readEnrolment(device.db))?.unit.id === busy.unitId
      )
        await enrollDevice(device.db, toWorker, SERVER_URL, code, device.name, device.now);
      return toWorker(request);
    };
    await device.sync();
    device.fetch = toWorker;
    await device.sync();

    expect(await readMeta(device.db, 'unit')).toMatchObject({ id: fresh.unitId });
    expect(await localRows(device.db)).toEqual(await serverRows(fresh.unitId));
    expect(await readMeta(device.db, 'cursor')).toBe(2);
  });

  it('a write that won only in part, whose answer was lost while a pull passed its row, still converges', async () => {
    const unit = await seedTestUnit();
    const other = await enrolled(unit, 'other', 30_000);
    const device = await enrolled(unit, 'device');
    await other.save(SUBJECT, 'P06', { note: 'ghi chú mới hơn' });
    await other.sync();
    await device.save(SUBJECT, 'P06', { status: 'dat', note: 'ghi chú cũ' });

    // The push is applied (status wins, note loses) but its answer never arrives…
    device.fetch = async (request) => {
      const response = await toWorker(request);
      if (new URL(request.url).pathname === '/api/v1/sync/push') throw new TypeError('connection reset');
      return response;
    };
    expect((await device.sync()).status).toBe('failed');
    // …and a pull passes the row while the write still waits in the outbox (note skipped).
    device.fetch = toWorker;
    const enrolment = (await readEnrolment(device.db))!;
    await pullChanges(
      device.db,
      { url: SERVER_URL, token: enrolment.token, fetch: toWorker },
      enrolment,
      device.now,
    );
    expect(await device.sync()).toEqual({ status: 'synced' });

    expect(await localRows(device.db)).toEqual(await serverRows(unit.unitId));
    expect((await device.db.answers.get([SUBJECT, 'P06']))?.fields).toMatchObject({
      status: 'dat',
      note: 'ghi chú mới hơn',
    });
  });

  it('honours the server’s Retry-After on 503: the error carries the wait', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit, 'a');
    await device.save(SUBJECT, 'P06', { status: 'dat' });
    device.fetch = async () =>
      Response.json(
        { error: { code: 'write_conflict', message: 'Too many concurrent writes' } },
        { status: 503, headers: { 'Retry-After': '7' } },
      );

    expect(await device.sync()).toMatchObject({
      status: 'failed',
      error: { status: 503, code: 'write_conflict', retryAfterMs: 7_000 },
    });
    expect(await device.db.outbox.count()).toBe(1);
  });
});
