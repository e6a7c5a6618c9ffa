import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { UNIT_SUBJECT } from '../../../shared/sync/protocol.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { pull, push } from '../sync-calls.ts';
import { mutation, newClientId, stamp } from '../sync-fixtures.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

const snapshot = async (unitId: string, clientId: string) => ({
  answers: (
    await env.DB.prepare('SELECT * FROM answer WHERE unit_id = ?1 ORDER BY version').bind(unitId).all()
  ).results,
  log: (
    await env.DB.prepare('SELECT * FROM change_log WHERE client_id = ?1 ORDER BY id').bind(clientId).all()
  ).results,
  client: await env.DB.prepare('SELECT * FROM client WHERE id = ?1').bind(clientId).first(),
  counter: await env.DB.prepare('SELECT version FROM unit_counter WHERE unit_id = ?1')
    .bind(unitId)
    .first('version'),
});

/** A result as first answered, without the row that replays and partial wins carry. */
const withoutRow = ({ row: _row, ...result }: { row?: unknown }) => result;

describe('POST /api/v1/sync/push', () => {
  it('round-trips: what one device pushes, another device of the unit pulls', async () => {
    const unit = await seedTestUnit();
    const a = await unit.enrol();
    const b = await unit.enrol();
    const hlc = stamp(-5000);

    const clientA = newClientId();
    const pushed = await push(a.token, clientA, [
      mutation({
        seq: 1,
        unitId: unit.unitId,
        itemId: 'P06',
        fields: { status: 'dat', note: 'Bảng tầng 1' },
        hlc,
      }),
      mutation({ seq: 2, unitId: unit.unitId, subject: UNIT_SUBJECT, itemId: 'U01', hlc }),
    ]);
    const pulled = await pull(b.token, `unit=${unit.unitId}&cursor=0&client=${newClientId()}`);

    expect(pushed).toEqual({
      v: 1,
      serverTime: expect.any(Number),
      lastSeq: 2,
      results: [
        { seq: 1, status: 'applied' },
        { seq: 2, status: 'applied' },
      ],
    });
    expect(pulled.rows.map(({ version, ...row }) => row)).toEqual([
      {
        unitId: unit.unitId,
        subject: 'test-proc-a',
        itemId: 'P06',
        fields: { status: 'dat', note: 'Bảng tầng 1' },
        clocks: { status: hlc, note: hlc },
        deleted: false,
      },
      {
        unitId: unit.unitId,
        subject: '_unit',
        itemId: 'U01',
        fields: { status: 'dat' },
        clocks: { status: hlc },
        deleted: false,
      },
    ]);
    expect(pulled.rows[1]!.version).toBeGreaterThan(pulled.rows[0]!.version);
    expect(pulled.cursor).toBe(pulled.rows[1]!.version);
    expect(pulled.lastSeq).toBe(0);
    expect(
      (await pull(a.token, `unit=${unit.unitId}&cursor=${pulled.cursor}&client=${clientA}`)).lastSeq,
    ).toBe(2);
  });

  it('treats a replayed push as a no-op: same rows, versions, log and lastSeq, same statuses', async () => {
    const unit = await seedTestUnit();
    const clientId = newClientId();
    const { token } = await unit.enrol();
    const body = [
      mutation({ seq: 1, unitId: unit.unitId, itemId: 'P01' }),
      mutation({ seq: 2, unitId: unit.unitId, itemId: 'P02', fields: { status: 'chua_dat' } }),
      mutation({ seq: 3, unitId: unit.unitId, itemId: 'P99' }),
    ];
    const first = await push(token, clientId, body);
    const before = await snapshot(unit.unitId, clientId);

    const replay = await push(token, clientId, body);

    expect(replay.results.map(withoutRow)).toEqual(first.results.map(withoutRow));
    expect(replay.lastSeq).toBe(first.lastSeq);
    // A replay carries the current row (its first answer may have been lost while the row moved on).
    const { rows } = await pull(token, `unit=${unit.unitId}`);
    expect(replay.results.map((result) => result.row)).toEqual([rows[0], rows[1], null]);
    expect(replay.results[2]).toMatchObject({ seq: 3, status: 'rejected', reason: 'unknown_item' });
    expect(await snapshot(unit.unitId, clientId)).toEqual(before);
  });

  it('answers a seq below the last one only from its record: one never received is not "applied"', async () => {
    const unit = await seedTestUnit();
    const clientId = newClientId();
    const { token } = await unit.enrol();
    await push(token, clientId, [mutation({ seq: 2, unitId: unit.unitId, fields: { note: 'hai' } })]);

    const response = await push(token, clientId, [
      mutation({ seq: 1, unitId: unit.unitId, fields: { note: 'một' }, hlc: stamp(-50) }),
    ]);

    expect(response.lastSeq).toBe(2);
    const { rows } = await pull(token, `unit=${unit.unitId}`);
    expect(response.results).toEqual([
      { seq: 1, status: 'rejected', reason: 'seq_not_recorded', row: rows[0] },
    ]);
    expect(rows[0]!.fields.note).toBe('hai');
  });

  it('refuses a push whose seqs are not strictly increasing: 400, nothing written', async () => {
    const unit = await seedTestUnit();
    const clientId = newClientId();
    const { token } = await unit.enrol();

    const response = await workerFetch(
      '/api/v1/sync/push',
      jsonInit(
        'POST',
        {
          v: 1,
          clientId,
          mutations: [3, 1, 2].map((seq) => mutation({ seq, unitId: unit.unitId, itemId: `P0${seq}` })),
        },
        token,
      ),
    );

    expect(response.status).toBe(400);
    expect(await snapshot(unit.unitId, clientId)).toMatchObject({ answers: [], log: [], client: null });
  });

  it('merges field by field: an older stamp loses (superseded), a newer field still applies', async () => {
    const unit = await seedTestUnit();
    const a = await unit.enrol();
    const b = await unit.enrol();
    const [clientA, clientB] = [newClientId(), newClientId()];
    const aWrote = stamp(-1000, clientA);
    const [older, oldish, newer] = [stamp(-2000, clientB), stamp(-1500, clientB), stamp(-500, clientB)];
    await push(a.token, clientA, [
      mutation({ seq: 1, unitId: unit.unitId, fields: { status: 'dat', note: 'A' }, hlc: aWrote }),
    ]);

    const response = await push(b.token, clientB, [
      mutation({ seq: 1, unitId: unit.unitId, fields: { status: 'chua_dat' }, hlc: older }),
      mutation({
        seq: 2,
        unitId: unit.unitId,
        fields: { status: 'khong_ap_dung', evidence: 'ảnh' },
        hlc: oldish,
      }),
      mutation({ seq: 3, unitId: unit.unitId, fields: { note: 'B' }, hlc: newer }),
    ]);

    expect(response.results.map((r) => r.status)).toEqual(['superseded', 'applied', 'applied']);
    const { rows } = await pull(a.token, `unit=${unit.unitId}`);
    expect(rows[0]!.fields).toEqual({ status: 'dat', note: 'B', evidence: 'ảnh' });
    expect(rows[0]!.clocks).toEqual({ status: aWrote, note: newer, evidence: oldish });
    // The loser learns what the server holds, so device B can put A's value back; so does a
    // write that won only in part (seq 2's status lost); a full win carries nothing.
    expect(response.results[0]!.row).toEqual(rows[0]);
    expect(response.results[1]!.row).toEqual(rows[0]);
    expect(response.results[2]!.row).toBeUndefined();
    const log = await env.DB.prepare(
      'SELECT lost, version, lost_fields FROM change_log WHERE client_id = ?1 ORDER BY seq',
    )
      .bind(clientB)
      .all();
    expect(log.results).toEqual([
      { lost: 1, version: null, lost_fields: '["status"]' },
      { lost: 0, version: expect.any(Number), lost_fields: '["status"]' },
      { lost: 0, version: rows[0]!.version, lost_fields: '[]' },
    ]);
  });

  it('rejects (and acknowledges) a clock more than 60 s ahead, unknown items and subjects', async () => {
    const unit = await seedTestUnit();
    const clientId = newClientId();
    const other = await seedTestUnit();
    const { token } = await unit.enrol();

    const response = await push(token, clientId, [
      mutation({ seq: 1, unitId: unit.unitId, hlc: stamp(61_000) }),
      mutation({ seq: 2, unitId: unit.unitId, itemId: 'P98' }),
      mutation({ seq: 3, unitId: unit.unitId, itemId: 'P99' }),
      mutation({ seq: 4, unitId: unit.unitId, subject: UNIT_SUBJECT, itemId: 'P01' }),
      mutation({ seq: 5, unitId: unit.unitId, subject: 'test-proc-a', itemId: 'U01' }),
      mutation({ seq: 6, unitId: unit.unitId, subject: 'not-assigned' }),
      mutation({ seq: 7, unitId: unit.unitId, hlc: stamp(30_000) }),
    ]);

    expect(response.lastSeq).toBe(7);
    // Each refusal carries the server's row for that key, read after the write (P01 holds seq 7's
    // value; the others have none).
    const held = expect.objectContaining({
      subject: 'test-proc-a',
      itemId: 'P01',
      fields: { status: 'dat' },
    });
    expect(response.results).toEqual([
      { seq: 1, status: 'rejected', reason: 'clock_ahead', row: held },
      { seq: 2, status: 'rejected', reason: 'unknown_item', row: null },
      { seq: 3, status: 'rejected', reason: 'unknown_item', row: null },
      { seq: 4, status: 'rejected', reason: 'unknown_item', row: null },
      { seq: 5, status: 'rejected', reason: 'unknown_item', row: null },
      { seq: 6, status: 'rejected', reason: 'unknown_subject', row: null },
      { seq: 7, status: 'applied' },
    ]);
    const { n } = (await env.DB.prepare('SELECT count(*) AS n FROM answer WHERE unit_id IN (?1, ?2)')
      .bind(unit.unitId, other.unitId)
      .first<{ n: number }>())!;
    expect(n).toBe(1);
  });

  it('refuses a client id first used by another device: 403 client_conflict', async () => {
    const unit = await seedTestUnit();
    const clientId = newClientId();
    const a = await unit.enrol();
    const b = await unit.enrol();
    await push(a.token, clientId, [mutation({ seq: 1, unitId: unit.unitId })]);

    const response = await workerFetch(
      '/api/v1/sync/push',
      jsonInit('POST', { v: 1, clientId, mutations: [mutation({ seq: 2, unitId: unit.unitId })] }, b.token),
    );

    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('client_conflict');
  });

  it.each([
    ['an unknown top-level key', { v: 1, clientId: 'c', mutations: [], extra: true }],
    [
      'an unknown mutation key',
      { v: 1, clientId: 'c', mutations: [{ ...mutation({ seq: 1, unitId: 'u' }), x: 1 }] },
    ],
    [
      'an unknown answer field',
      {
        v: 1,
        clientId: 'c',
        mutations: [mutation({ seq: 1, unitId: 'u', fields: { colour: 'red' } as never })],
      },
    ],
    ['a wrong protocol version', { v: 2, clientId: 'c', mutations: [] }],
  ])('rejects %s with 400 invalid_request', async (_, body) => {
    const unit = await seedTestUnit();
    const { token } = await unit.enrol();

    const response = await workerFetch('/api/v1/sync/push', jsonInit('POST', body, token));

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
  });
});
