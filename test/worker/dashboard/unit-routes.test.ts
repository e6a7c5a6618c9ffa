import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { periodKey, periodOf, previousPeriod } from '../../../shared/report/period.ts';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import type { Mutation } from '../../../shared/sync/protocol.ts';
import { vietnamDay } from '../../../shared/text/vietnam-day.ts';
import { seedDemo } from '../seed-demo.ts';
import { type Browser, seedTestCluster, signedIn } from '../sign-in.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

let reviewer: Browser;
let stranger: Browser;

const quarter = () => periodKey(periodOf('quarter', vietnamDay(Date.now()), null));
/** The HTML of one table row, found by a data attribute. */
const row = (html: string, attribute: string, value: string) =>
  new RegExp(`<tr[^>]*${attribute}="${value}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
/** An item's row of an answers table, its nested history table included. */
const itemRow = (html: string, itemId: string) => {
  const start = html.indexOf(`<tr id="${itemId}"`);
  const next = html.indexOf('<tr id="', start + 1);
  return start < 0 ? '' : html.slice(start, next < 0 ? undefined : next);
};
/** The status a cell of a row shows (`data-status`). */
const cellStatus = (rowHtml: string, itemId: string) =>
  new RegExp(`data-item="${itemId}"[^>]*>[\\s\\S]*?data-status="([a-z_]+)"`).exec(rowHtml)?.[1];

async function enrol(code: string, label: string): Promise<string> {
  const response = await workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code, label }));
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

async function push(token: string, mutations: Omit<Mutation, 'seq'>[]): Promise<void> {
  const clientId = `unit-routes-${crypto.randomUUID().slice(0, 8)}`;
  const response = await workerFetch(
    '/api/v1/sync/push',
    jsonInit('POST', { v: 1, clientId, mutations: mutations.map((m, i) => ({ ...m, seq: i + 1 })) }, token),
  );
  expect(response.status).toBe(200);
}

const hlc = (offsetMs: number, node: string) => encodeHlc({ wall: Date.now() + offsetMs, counter: 0, node });

/** A JPEG by its magic bytes, distinct by `content`, and the SHA-256 it is named by. */
async function jpeg(content: string) {
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode(content)]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return { bytes, hash: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') };
}

describe('unit, procedure and item pages (issue #9)', () => {
  beforeEach(async () => {
    await seedDemo();
    reviewer = await signedIn('viewer', 'khu-vuc-go-vap');
    stranger = await signedIn('viewer', (await seedTestCluster()).clusterId);
  });

  it('shows a unit’s figures, its procedures × items in marks and words, and its unit items', async () => {
    const response = await reviewer.get(`/unit/thcs-truong-son?period=${quarter()}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toMatch(/<h1>THCS Trường Sơn<\/h1>/);
    expect(html).toMatch(/data-figure="complete">1\/9 \(11 %\)</);
    const complete = row(html, 'data-row', '2\\.002481');
    expect(cellStatus(complete, 'P01')).toBe('met');
    expect(complete).toMatch(/<span aria-hidden="true">✓<\/span> Đạt/);
    expect(complete).toContain('href="/unit/thcs-truong-son/procedure/2.002481?period=');
    expect(cellStatus(row(html, 'data-row', 'hcm-gd-04'), 'P01')).toBe('none');
    const u01 = itemRow(html, 'U01');
    expect(u01).toContain('data-status="met"');
    const u01By = await env.DB.prepare(
      "SELECT fields ->> '$.checkedBy' FROM answer WHERE unit_id = 'thcs-truong-son' AND subject = '_unit' AND item_id = 'U01'",
    ).first<string>();
    expect(u01).toContain(`<dd>${Object.values(u01By ?? {})[0]}</dd>`);
    expect(itemRow(html, 'U04')).toContain('Chưa có câu trả lời');
    // Procedures in Vietnamese name order (collation, not code points).
    const names = [...html.matchAll(/<tr data-row="[^"]+"><th scope="row"><a [^>]*>([^<]+)</g)].map(
      (m) => m[1]!,
    );
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(html).toMatch(/<caption>[^<]+<\/caption>/);
    // The review form comes after what it judges, and every control of it sits in its label.
    expect(html.indexOf('id="review-form"')).toBeGreaterThan(html.indexOf('id="unit-items-title"'));
    const controls = [...html.matchAll(/<(select|textarea|input type="radio")/g)];
    expect(controls.length).toBeGreaterThan(3);
    for (const control of controls) {
      const before = html.slice(0, control.index);
      expect(before.lastIndexOf('<label'), control[0]).toBeGreaterThan(before.lastIndexOf('</label>'));
    }
  });

  it('shows one procedure of a unit item by item, and the same procedure across the cluster', async () => {
    const detail = await (await reviewer.get('/unit/thcs-nguyen-du/procedure/3.000182')).text();
    const across = await (await reviewer.get('/procedure/3.000182')).text();

    expect(itemRow(detail, 'P04')).toContain('data-status="failing"');
    expect(itemRow(detail, 'P04')).toContain('data-status="chua_dat"');
    expect(itemRow(detail, 'P21')).toContain('data-status="none"');
    expect(cellStatus(row(across, 'data-row', 'thcs-nguyen-du'), 'P04')).toBe('failing');
    expect(cellStatus(row(across, 'data-row', 'thcs-nguyen-du'), 'P01')).toBe('met');
    expect(across).toContain('data-row="phuong-go-vap"');
  });

  it('shows an item across units and the procedures failing it', async () => {
    const p04 = await (await reviewer.get('/item/P04')).text();
    const u01 = await (await reviewer.get('/item/U01')).text();

    expect(p04).toContain('data-failure="thcs-nguyen-du 3.000182"');
    expect(row(p04, 'data-unit', 'thcs-nguyen-du')).toMatch(/data-col="failing">1</);
    expect(row(u01, 'data-unit', 'thcs-truong-son')).toContain('data-status="met"');
    expect((await reviewer.get('/item/P99')).status).toBe(404);
  });

  it('answers 404 to another cluster’s viewer for a unit, a procedure of this cluster, or an item detail', async () => {
    for (const path of [
      '/unit/thcs-truong-son',
      '/unit/thcs-truong-son/procedure/2.002481',
      '/procedure/2.002481',
      '/unit/khu-vuc-go-vap',
      '/unit/no-such-unit',
    ]) {
      const response = await stranger.get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('Trường Sơn');
    }
    expect((await reviewer.get('/unit/khu-vuc-go-vap')).status).toBe(404);
    expect((await reviewer.get('/unit/thcs-truong-son/procedure/1.001193')).status).toBe(404);
  });

  it('speaks English when asked', async () => {
    const html = await (await reviewer.get('/unit/thcs-truong-son?lang=en')).text();

    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('Unit items');
    expect(html).not.toContain('Tiêu chí của đơn vị');
  });

  it('lists a write that lost to a concurrent one in the item’s history', async () => {
    const clerk = await enrol('DEMO-GOVAP', 'Máy văn thư');
    const head = await enrol('DEMO-GOVAP', 'Máy chủ tịch');
    await push(clerk, [
      {
        unitId: 'phuong-go-vap',
        subject: '2.000815',
        itemId: 'P06',
        fields: { status: 'dat', checkedBy: 'Máy văn thư' },
        hlc: hlc(-1000, 'clerk'),
      },
    ]);
    // Written offline earlier, sent later: loses to the clerk's newer write.
    await push(head, [
      {
        unitId: 'phuong-go-vap',
        subject: '2.000815',
        itemId: 'P06',
        fields: { status: 'chua_dat', checkedBy: 'Máy chủ tịch' },
        hlc: hlc(-60_000, 'head'),
      },
    ]);

    const html = await (await reviewer.get('/unit/phuong-go-vap/procedure/2.000815')).text();
    const p06 = itemRow(html, 'P06');

    expect(p06).toContain('<details class="history">');
    expect(p06).toMatch(
      /<tr data-outcome="superseded">[\s\S]*?Máy chủ tịch[\s\S]*?Chưa đạt[\s\S]*?Bị ghi đè/,
    );
    expect(p06).toContain('1 lần ghi đồng thời bị ghi đè');
    expect(p06).toMatch(/<tr data-outcome="applied">[\s\S]*?Máy văn thư/);
    expect(p06).toContain('data-status="dat"');
  });

  it('serves an answer’s photo to the cluster’s reviewers only, and shows it on the page', async () => {
    const token = await enrol('DEMO-TRUONGSON', 'Máy thư viện');
    const photo = await jpeg(`bảng niêm yết ${crypto.randomUUID()}`);
    const upload = await workerFetch(`/api/v1/photos/${photo.hash}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/jpeg' },
      body: photo.bytes,
    });
    expect(upload.status).toBe(204);
    await push(token, [
      {
        unitId: 'thcs-truong-son',
        subject: '2.002481',
        itemId: 'P06',
        fields: {
          status: 'dat',
          photos: [photo.hash],
          date: '2026-10-02',
          link: 'https://thcs.example/niem-yet',
        },
        hlc: hlc(0, 'library'),
      },
    ]);

    const served = await reviewer.get(`/photos/${photo.hash}`);
    const detail = await (await reviewer.get('/unit/thcs-truong-son/procedure/2.002481')).text();

    expect(served.status).toBe(200);
    expect(served.headers.get('Content-Type')).toBe('image/jpeg');
    expect(served.headers.get('Cache-Control')).toMatch(/^private\b/);
    expect(served.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(photo.bytes);
    expect(itemRow(detail, 'P06')).toMatch(new RegExp(`<img src="/photos/${photo.hash}" alt="[^"]+"`));
    expect(itemRow(detail, 'P06')).toContain('02/10/2026');
    expect((await stranger.get(`/photos/${photo.hash}`)).status).toBe(404);
    expect((await reviewer.get(`/photos/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await workerFetch(`/photos/${photo.hash}`, { redirect: 'manual' })).status).toBe(303);
  });
});

describe('POST /unit/:id/review', () => {
  beforeEach(async () => {
    await seedDemo();
    // Storage is shared by the tests of a file: each starts without reviews.
    await env.DB.batch([env.DB.prepare('DELETE FROM review_comment'), env.DB.prepare('DELETE FROM review')]);
    reviewer = await signedIn('viewer', 'khu-vuc-go-vap');
    stranger = await signedIn('viewer', (await seedTestCluster()).clusterId);
  });

  const review = (period = quarter()) => ({
    period,
    state: 'can_bo_sung',
    comment: 'Bổ sung ảnh bảng niêm yết.',
    subject_0: '3.000182',
    item_0: 'P04',
    note_0: 'Chưa đăng trên Cổng DVC TP.HCM',
    subject_1: '_unit',
    item_1: 'U04',
    note_1: 'Thiếu địa chỉ nhận phản ánh',
    subject_2: '',
    item_2: '',
    note_2: '',
  });
  const reviews = () =>
    env.DB.prepare("SELECT count(*) AS n FROM review WHERE unit_id = 'thcs-nguyen-du'").first<number>('n');

  it('saves the verdict and comments, shows them beside their items, and records it in the audit log', async () => {
    const response = await reviewer.post('/unit/thcs-nguyen-du/review', review());
    const html = await (await reviewer.get(response.headers.get('Location')!)).text();
    const overview = await (await reviewer.get(`/?period=${quarter()}`)).text();

    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/unit/thcs-nguyen-du?period=${quarter()}&saved=1#review`);
    expect(html).toContain('Đã lưu kết quả duyệt.');
    expect(html).toMatch(/data-review="can_bo_sung"[\s\S]*?Cần bổ sung[\s\S]*?Người dùng user-/);
    expect(html).toContain('Bổ sung ảnh bảng niêm yết.');
    expect(row(html, 'data-row', '3\\.000182')).toMatch(
      /<strong>P04<\/strong>: Chưa đăng trên Cổng DVC TP.HCM/,
    );
    expect(itemRow(html, 'U04')).toContain('Thiếu địa chỉ nhận phản ánh');
    expect(overview).toMatch(/data-unit="thcs-nguyen-du"[\s\S]*?data-col="review">Cần bổ sung</);
    const audit = await env.DB.prepare(
      "SELECT action, target_id AS target, after FROM audit_log WHERE account_id = ?1 AND action = 'review.write'",
    )
      .bind(reviewer.accountId)
      .first<{ target: string; after: string }>();
    expect(audit?.target).toBe('thcs-nguyen-du');
    expect(JSON.parse(audit!.after)).toMatchObject({ state: 'can_bo_sung', itemComments: 2 });
  });

  it('replaces the review of the period, dropping item comments left empty', async () => {
    await reviewer.post('/unit/thcs-nguyen-du/review', review());
    const again = await reviewer.post('/unit/thcs-nguyen-du/review', {
      ...review(),
      state: 'da_duyet',
      comment: '',
      note_0: '',
    });

    expect(again.status).toBe(303);
    const rows = await env.DB.prepare(
      "SELECT state, comment, (SELECT count(*) FROM review_comment WHERE unit_id = 'thcs-nguyen-du') AS comments FROM review WHERE unit_id = 'thcs-nguyen-du'",
    ).all();
    expect(rows.results).toEqual([{ state: 'da_duyet', comment: null, comments: 1 }]);
  });

  it('refuses a post without the form’s token, and writes nothing', async () => {
    const forged = await reviewer.post('/unit/thcs-nguyen-du/review', review(), { csrf: '' });
    const foreign = await reviewer.post('/unit/thcs-nguyen-du/review', review(), {
      origin: 'https://evil.example',
    });

    expect([forged.status, foreign.status]).toEqual([403, 403]);
    expect(await reviews()).toBe(0);
  });

  it('refuses another cluster’s reviewer as if the unit did not exist', async () => {
    const response = await stranger.post('/unit/thcs-nguyen-du/review', review());

    expect(response.status).toBe(404);
    expect(await reviews()).toBe(0);
  });

  it.each([
    ['no verdict', { state: '' }],
    ['an unknown verdict', { state: 'approved' }],
    ['a comment too long', { comment: 'x'.repeat(2001) }],
    ['a malformed period', { period: '2026-Q9' }],
    ['an item comment without its item', { item_0: '' }],
    ['a procedure not assigned to the unit', { subject_0: '1.001193' }],
    ['a unit item on a procedure', { item_0: 'U04' }],
    ['the same item twice', { subject_2: '3.000182', item_2: 'P04', note_2: 'lặp' }],
    ['a field the form does not have', { reviewer_id: 'someone' }],
  ])('refuses %s with 400 and writes nothing', async (_, change) => {
    const response = await reviewer.post('/unit/thcs-nguyen-du/review', { ...review(), ...change });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('không hợp lệ');
    expect(await reviews()).toBe(0);
  });

  it('keeps a review per period', async () => {
    const before = periodKey(previousPeriod(periodOf('quarter', vietnamDay(Date.now()), null)));
    await reviewer.post('/unit/thcs-nguyen-du/review', { ...review(before), state: 'da_duyet' });

    const current = await (await reviewer.get('/unit/thcs-nguyen-du')).text();
    const past = await (await reviewer.get(`/unit/thcs-nguyen-du?period=${before}`)).text();

    expect(current).toContain('data-review="none"');
    expect(past).toContain('data-review="da_duyet"');
  });
});
