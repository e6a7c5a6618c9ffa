import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../worker/crypto/sha256-hex.ts';
import { seedDemo } from '../seed-demo.ts';

/** Every table the seed writes, each row as stored (enrolment codes are re-armed, so left out). */
const TABLES = [
  'org_unit',
  'org_link',
  'procedure',
  'assignment',
  'device',
  'change_log',
  'answer',
  'unit_counter',
  'procedure_summary',
  'procedure_history',
  'unit_summary',
  'account',
  'review',
  'review_comment',
];

const snapshot = async () =>
  Object.fromEntries(
    await Promise.all(
      TABLES.map(async (table) => [
        table,
        (await env.DB.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()).results,
      ]),
    ),
  );

const answerOf = (unitId: string, subject: string) =>
  env.DB.prepare(
    `SELECT item_id AS itemId, fields ->> '$.status' AS status FROM answer
     WHERE unit_id = ?1 AND subject = ?2 ORDER BY item_id`,
  )
    .bind(unitId, subject)
    .all<{ itemId: string; status: string }>()
    .then(({ results }) => results);

const P_ITEMS = Array.from({ length: 23 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);

describe('worker/seed/demo.sql', () => {
  it('runs twice without failing, and the second run changes nothing', async () => {
    await seedDemo();
    const once = await snapshot();

    await seedDemo();

    expect(await snapshot()).toEqual(once);
    expect(once.org_unit).toHaveLength(11);
    expect(once.procedure).toHaveLength(38);
    expect(once.assignment).toHaveLength(6 * 35 + 4 * 9);
    expect(once.answer).toHaveLength(236);
  });

  it('keeps the answers the tests and the e2e flows start from', async () => {
    await seedDemo();

    // Phường Gò Vấp: 2.000815 has every P-item dat but P06, which has no answer (answering it completes it).
    expect(await answerOf('phuong-go-vap', '2.000815')).toEqual(
      P_ITEMS.filter((id) => id !== 'P06').map((itemId) => ({ itemId, status: 'dat' })),
    );
    expect(await answerOf('phuong-go-vap', '1.001193')).toEqual([]);
    expect(await answerOf('thcs-truong-son', '2.002481')).toEqual(
      P_ITEMS.map((itemId) => ({ itemId, status: 'dat' })),
    );
    const nguyenDu = await answerOf('thcs-nguyen-du', '3.000182');
    expect(nguyenDu.find((answer) => answer.itemId === 'P04')?.status).toBe('chua_dat');
    expect(nguyenDu.map((answer) => answer.itemId)).not.toContain('P20');
  });

  it('never overwrites an answer a device changed', async () => {
    await seedDemo();
    await env.DB.prepare(
      `UPDATE answer SET fields = json_set(fields, '$.status', 'chua_dat'), version = version + 1000
       WHERE unit_id = 'thcs-truong-son' AND subject = '2.002481' AND item_id = 'P08'`,
    ).run();
    const changed = await answerOf('thcs-truong-son', '2.002481');

    await seedDemo();

    expect(await answerOf('thcs-truong-son', '2.002481')).toEqual(changed);
  });

  it("keeps each unit's counter at or above its versions, and every version once per unit", async () => {
    await seedDemo();

    const { results } = await env.DB.prepare(
      `SELECT a.unit_id, max(a.version) AS top, c.version AS counter, count(*) AS answers,
         count(DISTINCT a.version) AS versions
       FROM answer a LEFT JOIN unit_counter c ON c.unit_id = a.unit_id GROUP BY a.unit_id`,
    ).all<{ unit_id: string; top: number; counter: number | null; answers: number; versions: number }>();
    const log = await env.DB.prepare(
      `SELECT count(*) AS n, count(DISTINCT unit_id || ':' || version) AS distinct_versions
       FROM change_log WHERE status = 'applied'`,
    ).first<{ n: number; distinct_versions: number }>();

    expect(results.length).toBeGreaterThan(5);
    for (const row of results) {
      expect(row.counter).toBeGreaterThanOrEqual(row.top);
      expect(row.versions).toBe(row.answers);
    }
    expect(log!.distinct_versions).toBe(log!.n);
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
