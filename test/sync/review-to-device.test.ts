import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../extension/db/read-meta.ts';
import { periodKey, periodOf } from '../../shared/report/period.ts';
import { vietnamDay } from '../../shared/text/vietnam-day.ts';
import { seedTestUnit } from '../worker/seed-test-unit.ts';
import { signedIn } from '../worker/sign-in.ts';
import { createSyncDevice } from './support/sync-device.ts';

describe('a review written on the dashboard reaches the unit’s devices', () => {
  it('is in the side panel’s store after the next sync, comments included, and replaced by the next review', async () => {
    const unit = await seedTestUnit();
    // The test ward under a cluster of its own, whose reviewer writes the review.
    const clusterId = `cluster-${unit.unitId}`;
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO org_unit (id, kind, name, parent_id, valid_from) VALUES (?1, 'cluster', 'Khu vực thử', NULL, '2025-07-01')",
      ).bind(clusterId),
      env.DB.prepare('UPDATE org_link SET parent_id = ?1 WHERE unit_id = ?2').bind(clusterId, unit.unitId),
    ]);
    const reviewer = await signedIn('viewer', clusterId);
    const device = createSyncDevice('Máy văn thư');
    await device.enrol(await unit.newCode());
    await device.sync();
    const before = await readMeta(device.db, 'review');
    const period = periodKey(periodOf('quarter', vietnamDay(Date.now()), null));

    const posted = await reviewer.post(`/unit/${unit.unitId}/review`, {
      period,
      state: 'can_bo_sung',
      comment: 'Bổ sung ảnh bảng niêm yết.',
      subject_0: 'test-proc-a',
      item_0: 'P06',
      note_0: 'Chưa có ảnh bảng niêm yết',
    });
    expect(await readMeta(device.db, 'review')).toEqual(before);
    await device.sync();
    const sentBack = await readMeta(device.db, 'review');
    await reviewer.post(`/unit/${unit.unitId}/review`, { period, state: 'da_duyet', comment: '' });
    await device.sync();

    expect(posted.status).toBe(303);
    expect(before).toBeNull();
    expect(sentBack).toMatchObject({
      period,
      state: 'can_bo_sung',
      comment: 'Bổ sung ảnh bảng niêm yết.',
      items: [{ subject: 'test-proc-a', itemId: 'P06', comment: 'Chưa có ảnh bảng niêm yết' }],
    });
    expect(await readMeta(device.db, 'review')).toMatchObject({
      period,
      state: 'da_duyet',
      comment: null,
      items: [],
    });
  });
});
