import { describe, expect, it } from 'vitest';
import { applyPulledRows } from '../../../extension/db/apply-pulled-rows.ts';
import type { CongKhaiDatabase } from '../../../extension/db/database.ts';
import { readMeta } from '../../../extension/db/read-meta.ts';
import { saveAnswer } from '../../../extension/db/save-answer.ts';
import { enrollDevice } from '../../../extension/sync/enroll-device.ts';
import { runSync } from '../../../extension/sync/run-sync.ts';
import { ServerError } from '../../../extension/sync/server-error.ts';
import { compareHlc, encodeHlc } from '../../../shared/sync/hlc.ts';
import { freshDatabase } from '../fresh-database.ts';
import { createFakeSyncServer, type FakeSyncServer } from './fake-sync-server.ts';

const SUBJECT = '2.000815';

async function enrolled(server: FakeSyncServer): Promise<CongKhaiDatabase> {
  const db = freshDatabase();
  await enrollDevice(db, server.fetch, 'https://sync.test/', 'GOOD-CODE', 'test');
  return db;
}

const answer = (db: CongKhaiDatabase, itemId: string, fields: Parameters<typeof saveAnswer>[1]['fields']) =>
  saveAnswer(db, { subject: SUBJECT, itemId, fields });

describe('enrollDevice', () => {
  it('stores the token and unit and fetches the catalogue', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    expect(await readMeta(db, 'token')).toBe('token-1');
    expect(await readMeta(db, 'serverUrl')).toBe('https://sync.test');
    expect(await readMeta(db, 'unit')).toEqual({ id: 'u-phan-tay-ho', name: 'THCS Phan Tây Hồ' });
    expect(await db.catalogue.toArray()).toEqual([expect.objectContaining({ code: '2.000815' })]);
  });

  it('starts a new client id, since the server binds one to the device that used it first', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    const first = await readMeta(db, 'clientId');
    await enrollDevice(db, server.fetch, 'https://sync.test', 'GOOD-CODE', 'test');
    expect(await readMeta(db, 'clientId')).not.toBe(first);
  });

  it('starts from scratch on another server, even for the same unit', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    await db.meta.put({ key: 'cursor', value: 42 });
    await enrollDevice(db, server.fetch, 'https://sync.test', 'GOOD-CODE', 'test');
    expect(await readMeta(db, 'cursor')).toBe(42);
    await enrollDevice(db, server.fetch, 'https://production.test', 'GOOD-CODE', 'test');
    expect(await readMeta(db, 'cursor')).not.toBe(42);
  });

  it("throws the server's error code for a used code and stores nothing", async () => {
    const db = freshDatabase();
    const failure = enrollDevice(db, createFakeSyncServer().fetch, 'https://sync.test', 'USED-CODE', 'test');
    await expect(failure).rejects.toEqual(expect.objectContaining({ code: 'code_used', status: 400 }));
    await expect(failure).rejects.toBeInstanceOf(ServerError);
    expect(await readMeta(db, 'token')).toBeUndefined();
  });
});

describe('runSync', () => {
  it('does nothing before enrolment', async () => {
    const server = createFakeSyncServer();
    const db = freshDatabase();
    await answer(db, 'P06', { status: 'dat' });
    expect(await runSync(db, server.fetch)).toBe('not-enrolled');
    expect(server.requests).toEqual([]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('pushes the outbox in batches and drains it', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    // Written before enrolment would carry unitId null; after it, the unit's id.
    for (let i = 0; i < 205; i++)
      await saveAnswer(db, {
        subject: `1.${String(i).padStart(6, '0')}`,
        itemId: 'P06',
        fields: { status: 'dat' },
      });

    expect(await runSync(db, server.fetch)).toBe('synced');
    const pushes = server.requests.filter((r) => r.path === '/api/v1/sync/push');
    expect(pushes.map((r) => (r.body as { mutations: unknown[] }).mutations.length)).toEqual([200, 5]);
    expect(await db.outbox.count()).toBe(0);
    expect(server.rows.size).toBe(205);
    expect(await readMeta(db, 'lastError')).toBeNull();
    expect(await readMeta(db, 'lastSyncAt')).toEqual(expect.any(Number));
  });

  it('drains rejected mutations too and reports them', async () => {
    const server = createFakeSyncServer();
    server.rejectItems.add('P07');
    const db = await enrolled(server);
    await answer(db, 'P06', { status: 'dat' });
    await answer(db, 'P07', { status: 'chua_dat' });

    expect(await runSync(db, server.fetch)).toBe('synced');
    expect(await db.outbox.count()).toBe(0);
    expect(await readMeta(db, 'lastError')).toMatchObject({
      code: 'rejected',
      message: expect.stringContaining('1 thay đổi'),
    });
    expect([...server.rows.keys()]).toEqual([`${SUBJECT}|P06`]);
    // The refused value does not linger here: the server holds nothing for P07, so neither do we.
    expect(await db.answers.get([SUBJECT, 'P07'])).toBeUndefined();
  });

  it('takes the server value back when a local write lost to a newer one (devices converge)', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    // Device B's answer reaches the server; device A, whose clock is behind, answers too.
    const now = Date.now();
    server.write(SUBJECT, 'P06', { status: 'dat' }, encodeHlc({ wall: now, counter: 0, node: 'device-b' }));
    await saveAnswer(
      db,
      { subject: SUBJECT, itemId: 'P06', fields: { status: 'chua_dat', note: 'A' } },
      now - 5_000,
    );
    // A pull lands while A's answer is still pending: it leaves the field alone and moves the
    // cursor past B's row, so no later pull will bring it again.
    await applyPulledRows(db, {
      v: 1,
      rows: [server.rows.get(`${SUBJECT}|P06`)!],
      cursor: 1,
      hasMore: false,
      lastSeq: 0,
    });
    expect((await db.answers.get([SUBJECT, 'P06']))?.fields.status).toBe('chua_dat');

    expect(await runSync(db, server.fetch)).toBe('synced');
    const local = await db.answers.get([SUBJECT, 'P06']);
    const held = server.rows.get(`${SUBJECT}|P06`)!;
    expect(held.fields).toMatchObject({ status: 'dat', note: 'A' });
    expect(local?.fields.status).toBe('dat');
    expect(local?.fields.note).toBe('A');
  });

  it('sends big outboxes in batches that fit the server’s body limit', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    const note = 'Bảng niêm yết đặt tại phòng tiếp dân, đã cập nhật theo quyết định mới. '
      .repeat(27)
      .slice(0, 2000);
    for (let i = 0; i < 150; i++) await answer(db, `P${String((i % 23) + 1).padStart(2, '0')}`, { note });

    expect(await runSync(db, server.fetch)).toBe('synced');
    const pushes = server.requests.filter((r) => r.path === '/api/v1/sync/push');
    expect(pushes.length).toBeGreaterThan(1);
    for (const push of pushes)
      expect(new TextEncoder().encode(JSON.stringify(push.body)).length).toBeLessThan(256 * 1024);
    expect(await db.outbox.count()).toBe(0);
  });

  it('drops an outbox entry the server could never accept, and keeps syncing the rest', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    // As an older version could have written it: a page known only by its URL as the subject.
    await db.outbox.add({
      unitId: 'u-phan-tay-ho',
      subject: 'https://dichvucong.gov.vn/p/home/x.html',
      itemId: 'P06',
      fields: { status: 'dat' },
      hlc: encodeHlc({ wall: Date.now(), counter: 0, node: 'old' }),
    });
    await answer(db, 'P08', { status: 'dat' });

    expect(await runSync(db, server.fetch)).toBe('synced');
    expect(await db.outbox.count()).toBe(0);
    expect([...server.rows.keys()]).toEqual([`${SUBJECT}|P08`]);
    expect(await readMeta(db, 'lastError')).toMatchObject({ code: 'rejected' });
  });

  it("applies other devices' rows and moves the local clock past them", async () => {
    const server = createFakeSyncServer({ pageSize: 2 });
    const db = await enrolled(server);
    const future = encodeHlc({ wall: Date.now() + 30_000, counter: 4, node: 'other-device' });
    for (const itemId of ['P06', 'P07', 'P20', 'P21', 'P22'])
      server.write(SUBJECT, itemId, { status: 'dat', note: itemId }, future);

    expect(await runSync(db, server.fetch)).toBe('synced');
    expect(server.requests.filter((r) => r.path === '/api/v1/sync/pull')).toHaveLength(3);
    expect((await db.answers.get([SUBJECT, 'P22']))?.fields).toEqual({ status: 'dat', note: 'P22' });
    expect(await readMeta(db, 'cursor')).toBe(5);
    const stamp = await answer(db, 'P06', { status: 'chua_dat' });
    expect(compareHlc(stamp, future)).toBe(1);
  });

  it('keeps the outbox and records the error when the server cannot be reached', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    await answer(db, 'P06', { status: 'dat' });
    server.offline = true;

    expect(await runSync(db, server.fetch)).toBe('failed');
    expect(await db.outbox.count()).toBe(1);
    expect(await readMeta(db, 'lastError')).toMatchObject({ code: 'network' });

    server.offline = false;
    expect(await runSync(db, server.fetch)).toBe('synced');
    expect(await db.outbox.count()).toBe(0);
    expect(await readMeta(db, 'lastError')).toBeNull();
  });

  it('replays a push whose answer was lost without applying it twice', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    await answer(db, 'P06', { status: 'dat' });
    const reachServer = server.fetch;
    // The server applies the push but the response never arrives.
    server.fetch = async (request) => {
      await reachServer(request);
      throw new TypeError('connection reset');
    };
    expect(await runSync(db, server.fetch)).toBe('failed');
    expect(await db.outbox.count()).toBe(1);
    const versionAfterFirst = server.rows.get(`${SUBJECT}|P06`)?.version;

    server.fetch = reachServer;
    expect(await runSync(db, server.fetch)).toBe('synced');
    expect(await db.outbox.count()).toBe(0);
    expect(server.rows.get(`${SUBJECT}|P06`)?.version).toBe(versionAfterFirst);
  });

  it('keeps local data and the token when the token is revoked', async () => {
    const server = createFakeSyncServer();
    const db = await enrolled(server);
    await answer(db, 'P06', { status: 'dat' });
    server.revoked = true;

    expect(await runSync(db, server.fetch)).toBe('failed');
    expect(await readMeta(db, 'lastError')).toMatchObject({ code: 'token_revoked' });
    expect(await db.outbox.count()).toBe(1);
    expect((await db.answers.get([SUBJECT, 'P06']))?.fields.status).toBe('dat');
  });

  it('makes two offline devices converge on one answer', async () => {
    const server = createFakeSyncServer();
    const [a, b] = [await enrolled(server), await enrolled(server)];
    await saveAnswer(
      a,
      { subject: SUBJECT, itemId: 'P06', fields: { status: 'dat', note: 'A' } },
      Date.now(),
    );
    await saveAnswer(b, { subject: SUBJECT, itemId: 'P06', fields: { status: 'chua_dat' } }, Date.now() + 5);

    for (const db of [a, b, a, b]) expect(await runSync(db, server.fetch)).toBe('synced');
    const [onA, onB] = [await a.answers.get([SUBJECT, 'P06']), await b.answers.get([SUBJECT, 'P06'])];
    expect(onA?.fields).toEqual(onB?.fields);
    expect(onA?.fields).toMatchObject({ status: 'chua_dat', note: 'A' });
  });
});
