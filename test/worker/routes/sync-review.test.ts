import { env } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ReviewResponseSchema } from '../../../shared/sync/protocol.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { signedIn } from '../sign-in.ts';
import { bearer, workerFetch } from '../worker-fetch.ts';

const review = async (token: string) => {
  const response = await workerFetch('/api/v1/sync/review', bearer(token));
  expect(response.status).toBe(200);
  return v.parse(ReviewResponseSchema, await response.json()).review;
};

async function writeReview(unitId: string, reviewerId: string, period: string, at: number, state: string) {
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO review (unit_id, period, state, comment, reviewer_id, reviewed_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
    ).bind(unitId, period, state, `Nhận xét ${period}`, reviewerId, at),
    env.DB.prepare(
      `INSERT INTO review_comment (unit_id, period, subject, item_id, comment) VALUES (?1, ?2, 'test-proc-a', 'P06', ?3)`,
    ).bind(unitId, period, `Bổ sung ảnh niêm yết (${period})`),
  ]);
}

describe('GET /api/v1/sync/review', () => {
  it('gives a device its own unit’s latest review with the item comments, and null to a unit never reviewed', async () => {
    const unit = await seedTestUnit();
    const other = await seedTestUnit();
    const reviewer = await signedIn('viewer', unit.unitId);
    await writeReview(unit.unitId, reviewer.accountId, '2026-Q3', Date.now() - 90 * 86_400_000, 'da_duyet');
    await writeReview(unit.unitId, reviewer.accountId, '2026-Q4', Date.now() - 1000, 'can_bo_sung');

    const mine = await review((await unit.enrol()).token);
    const theirs = await review((await other.enrol()).token);

    expect(mine).toMatchObject({
      period: '2026-Q4',
      state: 'can_bo_sung',
      comment: 'Nhận xét 2026-Q4',
      items: [{ subject: 'test-proc-a', itemId: 'P06', comment: 'Bổ sung ảnh niêm yết (2026-Q4)' }],
    });
    expect(mine?.reviewer).toBeTruthy();
    expect(theirs).toBeNull();
  });

  it('answers 401 in the JSON error shape without a device token', async () => {
    const response = await workerFetch('/api/v1/sync/review');

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: expect.any(String) } });
  });
});
