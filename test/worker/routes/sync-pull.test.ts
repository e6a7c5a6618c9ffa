import { describe, expect, it } from 'vitest';
import { seedTestUnit } from '../seed-test-unit.ts';
import { pull, push } from '../sync-calls.ts';
import { mutation, newClientId, stamp } from '../sync-fixtures.ts';
import { bearer, workerFetch } from '../worker-fetch.ts';

describe('GET /api/v1/sync/pull', () => {
  it('refuses to pull another unit: 403 other_unit', async () => {
    const unit = await seedTestUnit();
    const other = await seedTestUnit();
    const { token } = await unit.enrol();

    const response = await workerFetch(`/api/v1/sync/pull?unit=${other.unitId}`, bearer(token));

    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('other_unit');
  });

  it('pages by version: cursors only grow and hasMore says when to ask again', async () => {
    const unit = await seedTestUnit();
    const clientId = newClientId();
    const { token } = await unit.enrol();
    const items = ['P01', 'P02', 'P03', 'P04', 'P05'];
    await push(
      token,
      clientId,
      items.map((itemId, i) => mutation({ seq: i + 1, unitId: unit.unitId, itemId })),
    );

    const pages = [];
    let cursor = 0;
    for (;;) {
      const page = await pull(token, `unit=${unit.unitId}&cursor=${cursor}&limit=2`);
      expect(page.cursor).toBeGreaterThan(cursor);
      pages.push(page.rows.map((row) => row.itemId));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const empty = await pull(token, `unit=${unit.unitId}&cursor=${cursor}&limit=2`);

    expect(pages).toEqual([['P01', 'P02'], ['P03', 'P04'], ['P05']]);
    expect(empty).toMatchObject({ rows: [], cursor, hasMore: false });
  });

  it('gives a rewritten row a new, higher version so pulls from an old cursor see it again', async () => {
    const unit = await seedTestUnit();
    const clientId = newClientId();
    const { token } = await unit.enrol();
    await push(token, clientId, [mutation({ seq: 1, unitId: unit.unitId, hlc: stamp(-3000) })]);
    const first = await pull(token, `unit=${unit.unitId}`);

    await push(token, clientId, [
      mutation({ seq: 2, unitId: unit.unitId, fields: { note: 'n' }, hlc: stamp(-1000) }),
    ]);
    const next = await pull(token, `unit=${unit.unitId}&cursor=${first.cursor}`);

    expect(next.rows).toHaveLength(1);
    expect(next.rows[0]!.version).toBeGreaterThan(first.cursor);
    expect(next.rows[0]!.fields).toEqual({ status: 'dat', note: 'n' });
  });

  it.each(['limit=0', 'limit=1001', 'cursor=-1', 'cursor=abc', 'colour=red'])(
    'rejects the pull query %s with 400 invalid_request',
    async (query) => {
      const unit = await seedTestUnit();
      const { token } = await unit.enrol();

      const response = await workerFetch(`/api/v1/sync/pull?unit=${unit.unitId}&${query}`, bearer(token));

      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
    },
  );

  it("never reveals another device's lastSeq through the client parameter", async () => {
    const unit = await seedTestUnit();
    const a = await unit.enrol();
    const b = await unit.enrol();
    const clientA = newClientId();
    await push(a.token, clientA, [mutation({ seq: 7, unitId: unit.unitId })]);

    const asA = await pull(a.token, `unit=${unit.unitId}&client=${clientA}`);
    const asB = await pull(b.token, `unit=${unit.unitId}&client=${clientA}`);

    expect(asA.lastSeq).toBe(7);
    expect(asB.lastSeq).toBe(0);
  });

  it('tells the server time in every answer, so a device can tell its clock is wrong', async () => {
    const unit = await seedTestUnit();
    const { token } = await unit.enrol();
    const before = Date.now();

    const page = await pull(token, `unit=${unit.unitId}`);
    const pushed = await push(token, newClientId(), [mutation({ seq: 1, unitId: unit.unitId })]);

    for (const answer of [page, pushed]) {
      expect(answer.serverTime).toBeGreaterThanOrEqual(before);
      expect(answer.serverTime).toBeLessThanOrEqual(Date.now());
    }
  });
});
