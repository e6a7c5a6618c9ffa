import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Period, periodKey, periodOf, previousPeriod } from '../../../shared/report/period.ts';
import { vietnamDay } from '../../../shared/text/vietnam-day.ts';
import { DEFAULT_SETTING } from '../../../worker/db/find-cluster-setting.ts';
import { listAnswerHistory } from '../../../worker/db/list-answer-history.ts';
import { readPeriodFigures, type UnitFigures } from '../../../worker/db/read-period-figures.ts';
import { accountSql } from '../../../worker/dev/account-sql.ts';
import { figuresQuery } from '../../../worker/report/figures-query.ts';
import { seedDemo } from '../seed-demo.ts';

const CLUSTER = 'khu-vuc-go-vap';
const now = Date.now();
const current = periodOf('quarter', vietnamDay(now), null);
const last = previousPeriod(current);
const beforeLast = previousPeriod(last);

/** The cluster's units at the end of a quarter, as the overview reads them, by id. */
async function figures(period: Period, setting = DEFAULT_SETTING): Promise<Record<string, UnitFigures>> {
  const query = figuresQuery(CLUSTER, setting, period, now, { field: null, ward: null });
  const units = await readPeriodFigures(env.DB, query);
  return Object.fromEntries(units.map((unit) => [unit.id, unit]));
}

describe('the demo story (worker/seed/demo.sql, issue #9)', () => {
  beforeAll(async () => {
    await seedDemo();
  });

  it('gives the two quarters before this one figures that grow into this one', async () => {
    const [q2, q1, q0] = await Promise.all([figures(beforeLast), figures(last), figures(current)]);

    expect(q2['thcs-truong-son']).toMatchObject({ started: 1, complete: 0, failing: 1 });
    expect(q1['thcs-truong-son']).toMatchObject({ started: 2, complete: 1 });
    expect(q0['thcs-truong-son']).toMatchObject({ procedures: 9, started: 2, complete: 1, unitItemsMet: 3 });
    expect(q2['phuong-hanh-thong']!.complete).toBe(0);
    expect(q1['phuong-hanh-thong']!.complete).toBe(2);
    expect(q0['phuong-hanh-thong']).toMatchObject({ procedures: 35, complete: 1 });
    expect(q2['phuong-go-vap']!.started).toBe(1);
    expect(q0['phuong-go-vap']).toMatchObject({ started: 2, complete: 0, office: 0 });
    expect(q1['phuong-thong-tay-hoi']!.started).toBe(0);
    expect(q0['phuong-thong-tay-hoi']).toMatchObject({ started: 1, unitItemsFailing: 1 });
  });

  it('has postings gone stale in every way: P07/P22/P23 failing, a re-check overdue, a portal change', async () => {
    const q0 = await figures(current);
    // With re-checks due every 2 years, only failing items and portal changes make a posting stale.
    const failingOrChanged = await figures(current, { cutoffDay: null, recheckMonths: 24 });

    // 2.000815 of Hạnh Thông fails P07 and P23 this quarter; Trường Sơn's 3.000182 fails P23.
    expect(failingOrChanged['phuong-hanh-thong']!.stale).toBe(1);
    expect(failingOrChanged['thcs-truong-son']!.stale).toBe(1);
    // Nguyễn Du checked 3.000182 two quarters ago and never since.
    expect(failingOrChanged['thcs-nguyen-du']!.stale).toBe(0);
    expect(q0['thcs-nguyen-du']).toMatchObject({ started: 1, stale: 1 });
    expect(q0['thcs-nguyen-du']!.lastSyncAt).toBeLessThan(now - 90 * 86_400_000);
    // The portal changed hcm-gd-07 after An Hội Đông checked it (complete) last quarter.
    const changed = await env.DB.prepare(
      `SELECT p.changed_at > s.checked_at AS after FROM procedure p
       JOIN procedure_summary s ON s.subject = p.key AND s.unit_id = 'phuong-an-hoi-dong' WHERE p.key = 'hcm-gd-07'`,
    ).first<number>('after');
    expect(changed).toBe(1);
    expect(failingOrChanged['phuong-an-hoi-dong']).toMatchObject({ complete: 1, stale: 1 });
  });

  it('shows last syncs that agree with the history, and units never synced as such', async () => {
    const q0 = await figures(current);
    const units = Object.values(q0);

    for (const unit of units.filter((u) => u.started > 0))
      expect(unit.lastSyncAt).toBeGreaterThanOrEqual(unit.lastCheckAt!);
    const never = units.filter((unit) => unit.lastSyncAt === null).map((unit) => unit.id);
    expect(never.sort()).toEqual(['phuong-an-hoi-tay', 'phuong-an-nhon', 'thcs-phan-tay-ho']);
    const { n } = (await env.DB.prepare(
      `SELECT count(*) AS n FROM answer WHERE unit_id IN ('phuong-an-hoi-tay', 'phuong-an-nhon', 'thcs-phan-tay-ho')`,
    ).first<{ n: number }>())!;
    expect(n).toBe(0);
    // The latest history row of every summary is that summary (what a push leaves).
    const { results: drift } = await env.DB.prepare(
      `SELECT s.unit_id, s.subject FROM procedure_summary s
       JOIN procedure_history h ON h.unit_id = s.unit_id AND h.subject = s.subject
         AND h.day = (SELECT max(day) FROM procedure_history WHERE unit_id = s.unit_id AND subject = s.subject)
       WHERE h.met_mask <> s.met_mask OR h.fail_mask <> s.fail_mask OR h.checked_at IS NOT s.checked_at`,
    ).all();
    expect(drift).toEqual([]);
  });

  it('has one unit approved for the last quarter and Trường Sơn asked for more this quarter, with comments', async () => {
    const [q1, q0] = await Promise.all([figures(last), figures(current)]);
    const comments = await env.DB.prepare(
      `SELECT r.comment AS unitComment, c.subject, c.item_id AS itemId, a.username
       FROM review r JOIN review_comment c ON c.unit_id = r.unit_id AND c.period = r.period
       JOIN account a ON a.id = r.reviewer_id
       WHERE r.unit_id = 'thcs-truong-son' AND r.period = ?1 ORDER BY c.subject, c.item_id`,
    )
      .bind(periodKey(current))
      .all<{ unitComment: string; subject: string; itemId: string; username: string }>();

    expect(Object.values(q1).filter((unit) => unit.review?.state === 'da_duyet')).toHaveLength(1);
    expect(q0['thcs-truong-son']!.review?.state).toBe('can_bo_sung');
    expect(Object.values(q0).filter((unit) => unit.review?.state === 'da_duyet')).toEqual([]);
    expect(comments.results.map((c) => `${c.subject} ${c.itemId}`)).toEqual([
      '3.000182 P20',
      '3.000182 P23',
      '_unit U04',
    ]);
    expect(comments.results[0]!.unitComment).toMatch(/3\.000182/);
    expect(comments.results[0]!.username).toBe('raosoat');
  });

  it('records a write that lost to a concurrent one, with the devices that made both', async () => {
    const history = await listAnswerHistory(env.DB, 'thcs-truong-son', '2.002481', 'P06');
    const lost = history.find((entry) => entry.status === 'superseded');
    const winner = history.find((entry) => entry.status === 'applied' && entry.fields.status === 'dat');

    expect(lost).toMatchObject({ device: 'Máy hiệu phó', fields: { status: 'chua_dat' } });
    expect(lost!.lostFields).toContain('status');
    expect(winner!.device).toBe('Máy văn thư');
    // Stamped before the write it lost to, received after it (newest first).
    expect(lost!.hlc < winner!.hlc).toBe(true);
    expect(history.indexOf(lost!)).toBeLessThan(history.indexOf(winner!));
    const answer = await env.DB.prepare(
      `SELECT fields FROM answer WHERE unit_id = 'thcs-truong-son' AND subject = '2.002481' AND item_id = 'P06'`,
    ).first<string>('fields');
    expect(JSON.parse(answer!)).toMatchObject({ status: 'dat', checkedBy: 'Máy văn thư', note: null });
  });

  it('lets the demo accounts step take over the reviewer it made, keeping the reviews attached', async () => {
    const sql = await accountSql({
      role: 'viewer',
      username: 'raosoat',
      displayName: 'Cán bộ rà soát Khu vực Gò Vấp',
      clusterId: CLUSTER,
      password: 'mot-mat-khau-dai-du',
    });
    const statements = sql.split(/;\s*$/m).filter((statement) => statement.trim());
    await env.DB.batch(statements.map((statement) => env.DB.prepare(statement)));

    const account = await env.DB.prepare(
      `SELECT id, disabled_at AS disabledAt, (SELECT count(*) FROM review WHERE reviewer_id = account.id) AS reviews
       FROM account WHERE username = 'raosoat'`,
    ).first();
    expect(account).toEqual({ id: 'demo-seed-raosoat', disabledAt: null, reviews: 3 });
  });
});
