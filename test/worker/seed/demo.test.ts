import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../worker/crypto/sha256-hex.ts';
import { seedDemo } from '../seed-demo.ts';

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      ['org_unit', 'procedure', 'assignment', 'answer', 'enrol_code', 'unit_summary'].map(async (table) => [
        table,
        await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first('n'),
      ]),
    ),
  );

describe('worker/seed/demo.sql', () => {
  it('runs twice without failing or duplicating anything', async () => {
    await seedDemo();
    const once = await counts();
    const counters = (await env.DB.prepare('SELECT * FROM unit_counter ORDER BY unit_id').all()).results;

    await seedDemo();

    expect(await counts()).toEqual(once);
    expect(once).toMatchObject({ org_unit: 11, procedure: 38, assignment: 6 * 35 + 4 * 9, answer: 90 });
    expect((await env.DB.prepare('SELECT * FROM unit_counter ORDER BY unit_id').all()).results).toEqual(
      counters,
    );
  });

  it("keeps each unit's counter at or above its answers' versions, so pushes never reuse one", async () => {
    await seedDemo();

    const { results } = await env.DB.prepare(
      `SELECT a.unit_id, max(a.version) AS top, c.version AS counter
       FROM answer a LEFT JOIN unit_counter c ON c.unit_id = a.unit_id GROUP BY a.unit_id`,
    ).all<{ unit_id: string; top: number; counter: number | null }>();

    expect(results.length).toBeGreaterThan(0);
    for (const row of results) expect(row.counter).toBeGreaterThanOrEqual(row.top);
  });

  it('re-arms the demo enrolment codes on every run', async () => {
    await seedDemo();
    const hash = await sha256Hex('DEMO-TRUONGSON');
    await env.DB.prepare('UPDATE enrol_code SET used_at = 1 WHERE code_hash = ?1').bind(hash).run();

    await seedDemo();

    expect(
      await env.DB.prepare('SELECT unit_id, used_at FROM enrol_code WHERE code_hash = ?1').bind(hash).first(),
    ).toEqual({ unit_id: 'thcs-truong-son', used_at: null });
  });
});
