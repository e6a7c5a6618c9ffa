import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CLEARED } from '../../../shared/sync/answer-fields.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { pull, push } from '../sync-calls.ts';
import { mutation, newClientId, stamp } from '../sync-fixtures.ts';

describe('clearing an answer (tombstones)', () => {
  it('marks the row deleted, pulls carry it, an older write loses and a newer one brings it back', async () => {
    const unit = await seedTestUnit();
    const a = await unit.enrol();
    const b = await unit.enrol();
    const [clientA, clientB] = [newClientId(), newClientId()];
    await push(a.token, clientA, [
      mutation({
        seq: 1,
        unitId: unit.unitId,
        fields: { status: 'dat', note: 'bảng' },
        hlc: stamp(-3000, clientA),
      }),
    ]);

    const cleared = await push(b.token, clientB, [
      mutation({
        seq: 1,
        unitId: unit.unitId,
        fields: { ...CLEARED, checkedBy: 'Máy B' },
        hlc: stamp(-2000, clientB),
      }),
    ]);
    const afterClear = await pull(a.token, `unit=${unit.unitId}`);
    const older = await push(a.token, clientA, [
      mutation({ seq: 2, unitId: unit.unitId, fields: { status: 'chua_dat' }, hlc: stamp(-2500, clientA) }),
    ]);
    const stored = await env.DB.prepare('SELECT deleted FROM answer WHERE unit_id = ?1')
      .bind(unit.unitId)
      .first();
    await push(a.token, clientA, [
      mutation({ seq: 3, unitId: unit.unitId, fields: { status: 'chua_dat' }, hlc: stamp(-1000, clientA) }),
    ]);
    const revived = await pull(a.token, `unit=${unit.unitId}&cursor=${afterClear.cursor}`);

    expect(cleared.results[0]!.status).toBe('applied');
    expect(afterClear.rows).toEqual([
      expect.objectContaining({
        deleted: true,
        fields: { ...CLEARED, checkedBy: 'Máy B' },
      }),
    ]);
    expect(older.results[0]).toMatchObject({
      status: 'superseded',
      row: expect.objectContaining({ deleted: true }),
    });
    expect(stored).toEqual({ deleted: 1 });
    expect(revived.rows).toEqual([
      expect.objectContaining({
        deleted: false,
        fields: expect.objectContaining({ status: 'chua_dat', note: null }),
      }),
    ]);
  });
});

describe('dashboard aggregates kept by pushes', () => {
  it('count a procedure complete when its 23 P-items are met, and no longer once one is cleared', async () => {
    const unit = await seedTestUnit();
    const { token } = await unit.enrol();
    const clientId = newClientId();
    const items = Array.from({ length: 23 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
    const complete = async () =>
      env.DB.prepare('SELECT procedures, complete FROM unit_summary WHERE unit_id = ?1')
        .bind(unit.unitId)
        .first();

    await push(
      token,
      clientId,
      items.map((itemId, i) => mutation({ seq: i + 1, unitId: unit.unitId, itemId, hlc: stamp(-5000 + i) })),
    );
    expect(await complete()).toEqual({ procedures: 2, complete: 1 });

    await push(token, clientId, [
      mutation({ seq: 24, unitId: unit.unitId, itemId: 'P05', fields: CLEARED, hlc: stamp(-1000) }),
    ]);
    expect(await complete()).toEqual({ procedures: 2, complete: 0 });
    const summary = await env.DB.prepare(
      'SELECT answered, met FROM procedure_summary WHERE unit_id = ?1 AND subject = ?2',
    )
      .bind(unit.unitId, 'test-proc-a')
      .first();
    expect(summary).toEqual({ answered: 22, met: 22 });
  });
});
