import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HistoryResponseSchema } from '../../../shared/sync/protocol.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { push } from '../sync-calls.ts';
import { mutation, newClientId, stamp } from '../sync-fixtures.ts';
import { bearer, jsonInit, workerFetch } from '../worker-fetch.ts';

const history = async (token: string, query: string) => {
  const response = await workerFetch(`/api/v1/sync/history?${query}`, bearer(token));
  expect(response.status).toBe(200);
  return v.parse(HistoryResponseSchema, await response.json());
};

describe('GET /api/v1/sync/history', () => {
  it('lists an answer’s writes newest first, with device labels, including the one that lost', async () => {
    const unit = await seedTestUnit();
    const enrol = async (label: string) => {
      const response = await workerFetch(
        '/api/v1/devices/enroll',
        jsonInit('POST', { code: await unit.newCode(), label }),
      );
      return (await response.json()) as { token: string };
    };
    const a = await enrol('Máy văn thư');
    const b = await enrol('Máy hiệu trưởng');
    await push(a.token, newClientId(), [
      mutation({ seq: 1, unitId: unit.unitId, fields: { status: 'dat' }, hlc: stamp(-3000, 'a') }),
    ]);
    await push(b.token, newClientId(), [
      mutation({
        seq: 1,
        unitId: unit.unitId,
        fields: { status: 'chua_dat', note: 'thiếu phí' },
        hlc: stamp(-1000, 'b'),
      }),
    ]);
    // A write from a clock further behind loses to both.
    await push(a.token, newClientId(), [
      mutation({ seq: 1, unitId: unit.unitId, fields: { status: 'khong_ap_dung' }, hlc: stamp(-5000, 'a') }),
    ]);
    // Refused writes never took effect and are not history.
    await push(a.token, newClientId(), [mutation({ seq: 1, unitId: unit.unitId, itemId: 'U01' })]);

    const { entries } = await history(b.token, 'subject=test-proc-a&item=P01');

    expect(entries.map((entry) => [entry.device, entry.status, entry.fields.status])).toEqual([
      ['Máy văn thư', 'superseded', 'khong_ap_dung'],
      ['Máy hiệu trưởng', 'applied', 'chua_dat'],
      ['Máy văn thư', 'applied', 'dat'],
    ]);
    expect(entries[0]!.lostFields).toEqual(['status']);
  });

  it('shows only the device’s own unit', async () => {
    const unit = await seedTestUnit();
    const other = await seedTestUnit();
    const mine = await unit.enrol();
    const theirs = await other.enrol();
    await push(theirs.token, newClientId(), [mutation({ seq: 1, unitId: other.unitId })]);

    expect((await history(mine.token, 'subject=test-proc-a&item=P01')).entries).toEqual([]);
  });

  it.each(['subject=test-proc-a', 'item=P01', 'subject=a%20b&item=P01', 'subject=test-proc-a&item=X1'])(
    'refuses the query %s with 400',
    async (query) => {
      const { token } = await (await seedTestUnit()).enrol();
      const response = await workerFetch(`/api/v1/sync/history?${query}`, bearer(token));
      expect(response.status).toBe(400);
    },
  );
});
