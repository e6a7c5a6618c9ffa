import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../extension/db/read-meta.ts';
import { encodeHlc } from '../../shared/sync/hlc.ts';
import { seedTestUnit, type TestUnit } from '../worker/seed-test-unit.ts';
import { serverRows } from './support/server-rows.ts';
import { createSyncDevice, localRows, SERVER_URL, type SyncDevice, toWorker } from './support/sync-device.ts';

const SUBJECT = 'test-proc-a';
const ITEMS = Array.from({ length: 23 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);

async function enrolled(unit: TestUnit, name = 'a', skewMs = 0): Promise<SyncDevice> {
  const device = createSyncDevice(name, skewMs);
  await device.enrol(await unit.newCode());
  return device;
}

/** Counts the requests a device sends, by path. */
function countRequests(device: SyncDevice): Map<string, number> {
  const counts = new Map<string, number>();
  const send = device.fetch;
  device.fetch = (request) => {
    const path = new URL(request.url).pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    return send(request);
  };
  return counts;
}

describe('enrollDevice against the worker', () => {
  it('stores the token, unit, label and the server clock, and fetches the catalogue', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit, 'Máy văn thư');

    expect(await readMeta(device.db, 'serverUrl')).toBe(SERVER_URL);
    expect(await readMeta(device.db, 'unit')).toEqual({ id: unit.unitId, name: `Phường thử ${unit.unitId}` });
    expect(await readMeta(device.db, 'deviceLabel')).toBe('Máy văn thư');
    expect(Math.abs((await readMeta(device.db, 'serverClock'))?.offset ?? Infinity)).toBeLessThan(5_000);
    expect((await device.db.catalogue.toArray()).map((row) => row.key)).toEqual([
      'test-proc-a',
      'test-proc-b',
    ]);
  });

  it('throws the server’s error code for a used code and stores nothing', async () => {
    const unit = await seedTestUnit();
    const code = await unit.newCode();
    await enrolled(unit, 'first').then(() => undefined);
    const first = createSyncDevice('first');
    await first.enrol(code);
    const second = createSyncDevice('second');

    await expect(second.enrol(code)).rejects.toMatchObject({ name: 'ServerError', code: 'code_invalid' });
    expect(await readMeta(second.db, 'token')).toBeUndefined();
  });
});

describe('runSync against the worker', () => {
  it('does nothing before enrolment', async () => {
    const device = createSyncDevice('a');
    const requests = countRequests(device);
    await device.save(SUBJECT, 'P06', { status: 'dat' });

    expect(await device.sync()).toEqual({ status: 'not-enrolled' });
    expect(requests.size).toBe(0);
    expect(await device.db.outbox.count()).toBe(1);
  });

  it('pushes the outbox in batches of 500 and drains it; the device equals the server', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit);
    const requests = countRequests(device);
    for (let i = 0; i < 505; i++)
      await device.save(i % 2 ? 'test-proc-b' : SUBJECT, ITEMS[i % 23]!, { note: `ghi chú ${i}` });

    expect(await device.sync()).toEqual({ status: 'synced' });
    expect(requests.get('/api/v1/sync/push')).toBe(2);
    expect(await device.db.outbox.count()).toBe(0);
    expect(await localRows(device.db)).toEqual(await serverRows(unit.unitId));
    expect(await readMeta(device.db, 'lastError')).toBeNull();
  });

  it('sends big outboxes in batches that fit the server’s body limit', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit);
    const note = 'Bảng niêm yết đặt tại phòng tiếp dân, đã cập nhật theo quyết định mới. '
      .repeat(27)
      .slice(0, 2000);
    for (let i = 0; i < 150; i++)
      await device.save(SUBJECT, ITEMS[i % 23]!, { note: `${i} ${note}`.slice(0, 2000) });
    const sizes: number[] = [];
    const send = device.fetch;
    device.fetch = async (request) => {
      if (request.method === 'POST') sizes.push((await request.clone().arrayBuffer()).byteLength);
      return send(request);
    };

    expect(await device.sync()).toEqual({ status: 'synced' });
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toBeLessThan(256 * 1024);
    expect(await device.db.outbox.count()).toBe(0);
  });

  it('drains refused mutations too, reports them, and keeps no value the server refused', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit);
    await device.save(SUBJECT, 'P06', { status: 'dat' });
    await device.save('not-assigned', 'P07', { status: 'chua_dat' });

    expect(await device.sync()).toEqual({ status: 'synced' });
    expect(await device.db.outbox.count()).toBe(0);
    expect(await readMeta(device.db, 'lastError')).toMatchObject({ code: 'rejected' });
    expect(await device.db.answers.get(['not-assigned', 'P07'])).toBeUndefined();
    expect(await device.db.conflicts.toArray()).toEqual([
      expect.objectContaining({
        subject: 'not-assigned',
        field: 'status',
        lostValue: 'chua_dat',
        reason: 'unknown_subject',
      }),
    ]);
  });

  it('drops an outbox entry the server could never accept, and keeps syncing the rest', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit);
    // As an older version could have written it: a page known only by its URL as the subject.
    await device.db.outbox.add({
      unitId: unit.unitId,
      subject: 'https://dichvucong.gov.vn/p/home/x.html',
      itemId: 'P06',
      fields: { status: 'dat' },
      hlc: encodeHlc({ wall: Date.now(), counter: 0, node: 'old' }),
    });
    await device.save(SUBJECT, 'P08', { status: 'dat' });

    expect(await device.sync()).toEqual({ status: 'synced' });
    expect(await device.db.outbox.count()).toBe(0);
    expect((await serverRows(unit.unitId)).map((row) => row.key)).toEqual([`${SUBJECT}|P08`]);
  });

  it('keeps the outbox and records the error when the server cannot be reached', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit);
    await device.save(SUBJECT, 'P06', { status: 'dat' });
    device.fetch = () => Promise.reject(new TypeError('Failed to fetch'));

    expect(await device.sync()).toMatchObject({ status: 'failed', error: { code: 'network', status: 0 } });
    expect(await device.db.outbox.count()).toBe(1);
    expect(await readMeta(device.db, 'lastError')).toMatchObject({ code: 'network' });

    device.fetch = toWorker;
    expect(await device.sync()).toEqual({ status: 'synced' });
    expect(await device.db.outbox.count()).toBe(0);
    expect(await readMeta(device.db, 'lastError')).toBeNull();
  });

  it('replays a push whose answer was lost without applying it twice', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit);
    await device.save(SUBJECT, 'P06', { status: 'dat' });
    device.fetch = async (request) => {
      const response = await toWorker(request);
      if (new URL(request.url).pathname === '/api/v1/sync/push') throw new TypeError('connection reset');
      return response;
    };
    expect((await device.sync()).status).toBe('failed');
    const after = await serverRows(unit.unitId);

    device.fetch = toWorker;
    expect(await device.sync()).toEqual({ status: 'synced' });
    expect(await device.db.outbox.count()).toBe(0);
    expect(await serverRows(unit.unitId)).toEqual(after);
    const { n } = (await env.DB.prepare(
      "SELECT count(*) AS n FROM change_log WHERE unit_id = ?1 AND status = 'applied'",
    )
      .bind(unit.unitId)
      .first<{ n: number }>())!;
    expect(n).toBe(1);
  });

  it('keeps local data when the token is revoked, and says so', async () => {
    const unit = await seedTestUnit();
    const device = await enrolled(unit);
    await device.save(SUBJECT, 'P06', { status: 'dat' });
    await env.DB.prepare('UPDATE device SET revoked_at = ?1 WHERE id = ?2')
      .bind(Date.now(), await readMeta(device.db, 'deviceId'))
      .run();

    expect(await device.sync()).toMatchObject({
      status: 'failed',
      error: { code: 'token_revoked', status: 401 },
    });
    expect(await device.db.outbox.count()).toBe(1);
    expect((await device.db.answers.get([SUBJECT, 'P06']))?.fields.status).toBe('dat');
  });

  it('makes two offline devices converge on one answer, and keeps a note of the value that lost', async () => {
    const unit = await seedTestUnit();
    const [a, b] = [await enrolled(unit, 'a'), await enrolled(unit, 'b', 5_000)];
    await a.save(SUBJECT, 'P06', { status: 'dat', note: 'A' });
    await b.save(SUBJECT, 'P06', { status: 'chua_dat' });

    for (const device of [a, b, a, b]) expect(await device.sync()).toEqual({ status: 'synced' });

    const server = await serverRows(unit.unitId);
    expect(await localRows(a.db)).toEqual(server);
    expect(await localRows(b.db)).toEqual(server);
    expect(server[0]!.fields).toMatchObject({ status: 'chua_dat', note: 'A', checkedBy: 'b' });
    expect(await b.db.conflicts.count()).toBe(0);
  });

  it('clears an answer on every device of the unit (tombstone end to end)', async () => {
    const unit = await seedTestUnit();
    const [a, b] = [await enrolled(unit, 'a'), await enrolled(unit, 'b')];
    await a.save(SUBJECT, 'P06', { status: 'dat', note: 'bảng tầng 1' });
    await a.sync();
    await b.sync();
    expect((await b.db.answers.get([SUBJECT, 'P06']))?.fields.status).toBe('dat');

    await b.clear(SUBJECT, 'P06');
    await b.sync();
    await a.sync();

    const onA = await a.db.answers.get([SUBJECT, 'P06']);
    expect(onA?.fields).toMatchObject({ status: null, note: null, evidence: null, checkedBy: 'b' });
    expect(await localRows(a.db)).toEqual(await serverRows(unit.unitId));
    const stored = await env.DB.prepare('SELECT deleted FROM answer WHERE unit_id = ?1')
      .bind(unit.unitId)
      .first();
    expect(stored).toEqual({ deleted: 1 });
  });
});
