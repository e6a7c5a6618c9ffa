import { env } from 'cloudflare:workers';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { localKey } from '../../../worker/admin/plan-import.ts';
import { zipWithinLimit } from '../../../worker/admin/zip-within-limit.ts';
import htmlCsv from '../../fixtures/import/html-in-cells.csv?raw';
import cityCsv from '../../fixtures/reference/procedures-education-hcmc.csv?raw';
import { seedDemo } from '../seed-demo.ts';
import { type Browser, ORIGIN, seedTestCluster, signedIn } from '../sign-in.ts';
import { workerFetch } from '../worker-fetch.ts';

const PORTAL_HEADERS = [
  'STT',
  'Mã TTHC',
  'Tên TTHC',
  'Lĩnh vực',
  'Cấp thực hiện',
  'Tình trạng',
  'QĐ công bố',
];

/** A portal-style export: a title row, a blank row, the header on row 3, then `rows` (without STT). */
function portalXlsx(rows: string[][], headers = PORTAL_HEADERS): Uint8Array<ArrayBuffer> {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['DANH SÁCH THỦ TỤC HÀNH CHÍNH CẤP XÃ'],
    [],
    headers,
    ...rows.map((row, i) => [String(i + 1), ...row]),
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Danh sách TTHC');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A ZIP archive of one deflated entry whose headers declare `declared` bytes unpacked (CRC left 0). */
async function zipOf(name: string, data: Uint8Array<ArrayBuffer>, declared = data.length) {
  const packed = new Uint8Array(
    await new Response(
      new Blob([data]).stream().pipeThrough(new CompressionStream('deflate-raw')),
    ).arrayBuffer(),
  );
  const path = new TextEncoder().encode(name);
  const local = new DataView(new ArrayBuffer(30));
  const central = new DataView(new ArrayBuffer(46));
  const end = new DataView(new ArrayBuffer(22));
  for (const [view, signature, at] of [
    [local, 0x04034b50, 4],
    [central, 0x02014b50, 6],
  ] as const) {
    view.setUint32(0, signature, true);
    view.setUint16(at, 20, true); // version needed to extract
    view.setUint16(at + 4, 8, true); // deflate
    view.setUint32(at + 14, packed.length, true);
    view.setUint32(at + 18, declared, true);
    view.setUint16(at + 22, path.length, true);
  }
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + path.length, true);
  end.setUint32(16, 30 + path.length + packed.length, true);
  return new Uint8Array(
    await new Blob([local, path, packed, central, path, end]).arrayBuffer(),
  ) as Uint8Array<ArrayBuffer>;
}

/** The multipart form the import page sends; the browser sets its Content-Type. */
function importForm(
  browser: Browser,
  unitId: string,
  bytes: Uint8Array<ArrayBuffer> | string,
  fileName: string,
) {
  const form = new FormData();
  form.append('_csrf', browser.csrf);
  form.append('unit', unitId);
  form.append('file', new File([bytes], fileName));
  return form;
}

const preview = (
  browser: Browser,
  unitId: string,
  bytes: Uint8Array<ArrayBuffer> | string,
  fileName: string,
) =>
  workerFetch('/admin/import/preview', {
    method: 'POST',
    redirect: 'manual',
    headers: { Cookie: browser.cookie, Origin: ORIGIN },
    body: importForm(browser, unitId, bytes, fileName),
  });

/** Each preview row by its row number: what will happen and why, and the cells shown. */
function previewRows(html: string) {
  const rows = new Map<number, { kind: string; why: string; cells: string[] }>();
  for (const [, row, kind, inner] of html.matchAll(
    /<tr data-row="(\d+)" data-kind="(\w+)">([\s\S]*?)<\/tr>/g,
  )) {
    const cells = [...inner!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!);
    rows.set(Number(row), { kind: kind!, why: cells[5] ?? '', cells });
  }
  return rows;
}

const draftOf = (html: string) => /name="draft" value="([^"]+)"/.exec(html)?.[1];

/** Everything an import may write, to compare before and after. */
async function snapshot(unitId: string) {
  const [procedures, assignments, audit] = await Promise.all([
    env.DB.prepare(
      'SELECT key, code, name, field, level, state, decision_no FROM procedure ORDER BY key',
    ).all(),
    env.DB.prepare('SELECT procedure_key FROM assignment WHERE unit_id = ?1 ORDER BY 1').bind(unitId).all(),
    env.DB.prepare("SELECT id FROM audit_log WHERE action = 'catalogue.import' ORDER BY id").all(),
  ]);
  return { procedures: procedures.results, assignments: assignments.results, audit: audit.results };
}

const assignedTo = async (unitId: string) =>
  (
    await env.DB.prepare('SELECT procedure_key AS key FROM assignment WHERE unit_id = ?1 ORDER BY 1')
      .bind(unitId)
      .all<{ key: string }>()
  ).results.map((row) => row.key);

const procedure = (key: string) =>
  env.DB.prepare(
    'SELECT key, code, name, field, level, state, decision_no AS decisionNo FROM procedure WHERE key = ?1',
  )
    .bind(key)
    .first();

/** Base codes of this run only: `9.` and six digits, random per run, `n` at the end. */
const run = String(1000 + Math.floor(Math.random() * 9000));
const code = (n: number) => `9.${run}${String(n).padStart(2, '0')}`;

describe('catalogue import from the portal’s Excel export', () => {
  it('previews every row with what will happen and why, writes nothing, then applies it once', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const insert = (n: number, name: string, state = 'active') =>
      env.DB.prepare(
        "INSERT INTO procedure (key, code, name, field, level, state) VALUES (?1, ?1, ?2, 'Giáo dục trung học', 'xã', ?3)",
      ).bind(code(n), name, state);
    await env.DB.batch([
      insert(2, `Chuyển trường đối với học sinh trung học cơ sở ${run}`),
      insert(3, `Tuyển sinh trung học cơ sở (tên cũ) ${run}`),
      insert(4, `Tiếp nhận học sinh về nước ${run}`),
      insert(5, `Giải thể trường trung học cơ sở ${run}`),
      env.DB.prepare('INSERT INTO assignment (unit_id, procedure_key) VALUES (?1, ?2), (?1, ?3)').bind(
        schoolId,
        code(2),
        code(5),
      ),
    ]);
    const file = portalXlsx([
      [code(1), `Đăng ký khai sinh ${run}`, 'Hộ tịch', 'Cấp Xã', 'Còn hiệu lực', '1234/QĐ-UBND'],
      [
        code(2),
        `Chuyển trường đối với học sinh trung học cơ sở ${run}`,
        'Giáo dục trung học',
        'Cấp Xã',
        '',
        '',
      ],
      [code(3), `Tuyển sinh trung học cơ sở ${run}`, 'Giáo dục trung học', 'Cấp Xã', 'Còn hiệu lực', ''],
      [code(4), `Tiếp nhận học sinh về nước ${run}`, 'Giáo dục trung học', 'Cấp Xã', '', ''],
      [code(1), `Đăng ký khai sinh ${run}`, 'Hộ tịch', 'Cấp Xã', 'Còn hiệu lực', '1234/QĐ-UBND'],
      [code(5), `Giải thể trường trung học cơ sở ${run}`, 'Giáo dục trung học', 'Cấp Xã', 'Đã bãi bỏ', ''],
      ['', `Xác nhận học sinh đang học tại trường ${run}`, 'Giáo dục và Đào tạo', 'Cấp Xã', '', ''],
      [code(6), `Thủ tục đã hết hiệu lực ${run}`, 'Giáo dục trung học', 'Cấp Xã', 'Hết hiệu lực', ''],
      ['2.00248', `Mã gõ thiếu số ${run}`, 'Giáo dục trung học', 'Cấp Xã', '', ''],
      ['', '', 'Giáo dục trung học', '', '', ''],
    ]);
    const before = await snapshot(schoolId);

    const response = await preview(admin, schoolId, file, 'danh-sach-tthc.xlsx');
    const html = await response.text();

    expect(response.status).toBe(200);
    const rows = previewRows(html);
    expect([...rows].map(([row, { kind, why }]) => [row, kind, why])).toEqual([
      [4, 'add', 'chưa có trong danh mục: thêm mới và giao cho đơn vị'],
      [5, 'skip', 'đã giao cho đơn vị, không có gì thay đổi'],
      [6, 'change', 'đã có trong danh mục; cập nhật tên và giao cho đơn vị'],
      [7, 'assign', 'đã có trong danh mục, không thay đổi: chỉ giao cho đơn vị'],
      [8, 'skip', 'trùng với dòng 4 của tệp'],
      [9, 'change', 'đã bãi bỏ: cập nhật tình trạng trong danh mục, không giao cho đơn vị'],
      [10, 'add', 'chưa có trong danh mục và chưa có mã: thêm mới với mã nội bộ, giao cho đơn vị'],
      [11, 'skip', 'đã bãi bỏ và chưa có trong danh mục: không thêm'],
      [12, 'skip', 'mã “2.00248” không đúng dạng (ví dụ đúng: 2.002481)'],
      [13, 'skip', 'thiếu cả mã và tên thủ tục'],
    ]);
    expect(rows.get(10)?.cells[1]).toBe('chưa có mã');
    expect(html).toMatch(/data-count="add">Thêm mới: 2</);
    expect(html).toMatch(/data-count="change">Cập nhật: 2</);
    expect(html).toMatch(/data-count="assign">Giao thêm: 1</);
    expect(html).toMatch(/data-count="skip">Bỏ qua: 5</);
    expect(html).toContain('action="/admin/import/apply"');
    expect(html).toContain(`href="/admin/import?unit=${schoolId}"`);
    expect(await snapshot(schoolId)).toEqual(before);

    const draft = draftOf(html)!;
    const applied = await admin.post('/admin/import/apply', { draft });

    expect(applied.status).toBe(303);
    expect(applied.headers.get('Location')).toBe(`/admin/units/${schoolId}?saved=1`);
    const local = await localKey(`Xác nhận học sinh đang học tại trường ${run}`);
    expect(await procedure(code(1))).toEqual({
      key: code(1),
      code: code(1),
      name: `Đăng ký khai sinh ${run}`,
      field: 'Hộ tịch',
      level: 'xã',
      state: 'active',
      decisionNo: '1234/QĐ-UBND',
    });
    expect(await procedure(code(3))).toMatchObject({
      name: `Tuyển sinh trung học cơ sở ${run}`,
      state: 'active',
    });
    expect(await procedure(code(5))).toMatchObject({ state: 'abolished' });
    expect(await procedure(local)).toMatchObject({ code: null, field: 'Giáo dục và Đào tạo', level: 'xã' });
    expect(local).toMatch(/^local-[0-9a-f]{16}$/);
    expect(await procedure(code(6))).toBeNull();
    expect(await assignedTo(schoolId)).toEqual([code(1), code(2), code(3), code(4), code(5), local].sort());
    const audit = await env.DB.prepare(
      "SELECT account_id AS accountId, target_id AS targetId, after FROM audit_log WHERE action = 'catalogue.import' AND target_id = ?1",
    )
      .bind(schoolId)
      .all<{ accountId: string; targetId: string; after: string }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]!.accountId).toBe(admin.accountId);
    expect(JSON.parse(audit.results[0]!.after)).toEqual({
      file: 'danh-sach-tthc.xlsx',
      add: 2,
      change: 2,
      assign: 1,
      skip: 5,
    });

    const afterFirst = await snapshot(schoolId);
    const again = await admin.post('/admin/import/apply', { draft });

    expect(again.status).toBe(303);
    expect(again.headers.get('Location')).toBe(`/admin/units/${schoolId}`);
    expect(await snapshot(schoolId)).toEqual(afterFirst);
  });

  it('writes once when confirmed twice at once; a second preview then finds nothing to do, keeps no draft', async () => {
    const { clusterId, wardId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const file = portalXlsx([[code(30), `Thủ tục một lần ${run}`, 'Chứng thực', 'Cấp Tỉnh, Cấp Xã', '', '']]);
    const first = await (await preview(admin, wardId, file, 'a.xlsx')).text();
    // Two confirmations at once (a double click): the batch itself lets only one of them write.
    const applied = await Promise.all([
      admin.post('/admin/import/apply', { draft: draftOf(first)! }),
      admin.post('/admin/import/apply', { draft: draftOf(first)! }),
    ]);
    expect(applied.map((response) => response.status)).toEqual([303, 303]);
    const audit = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'catalogue.import' AND target_id = ?1",
    )
      .bind(wardId)
      .first<{ n: number }>();
    expect(audit?.n).toBe(1);

    const second = await preview(admin, wardId, file, 'a.xlsx');
    const html = await second.text();

    expect(second.status).toBe(200);
    expect([...previewRows(html).values()].map((row) => row.kind)).toEqual(['skip']);
    expect(draftOf(html)).toBeUndefined();
    expect(html).toContain('Không có dòng nào cần nhập');
    expect(await procedure(code(30))).toMatchObject({ level: 'tỉnh, xã' });
  });
});

describe('a draft confirmed after the catalogue changed', () => {
  it('updates a procedure added meanwhile and leaves out a code another key took, without failing', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const file = portalXlsx([
      [code(50), `Thủ tục thêm cùng lúc ${run}`, 'Hộ tịch', 'Cấp Xã', '', ''],
      [code(51), `Thủ tục bị chiếm mã ${run}`, 'Hộ tịch', 'Cấp Xã', '', ''],
    ]);
    const html = await (await preview(admin, schoolId, file, 'a.xlsx')).text();
    expect([...previewRows(html).values()].map((row) => row.kind)).toEqual(['add', 'add']);
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO procedure (key, code, name, field, level) VALUES (?1, ?1, 'Tên khác', 'Khác', 'tỉnh')",
      ).bind(code(50)),
      env.DB.prepare(
        "INSERT INTO procedure (key, code, name, field, level) VALUES (?1, ?2, 'Giữ mã', 'Khác', 'xã')",
      ).bind(`other-${run}`, code(51)),
    ]);

    const applied = await admin.post('/admin/import/apply', { draft: draftOf(html)! });

    expect(applied.status).toBe(303);
    expect(await procedure(code(50))).toMatchObject({ name: `Thủ tục thêm cùng lúc ${run}`, level: 'xã' });
    expect(await procedure(code(51))).toBeNull();
    expect(await assignedTo(schoolId)).toEqual([code(50)]);
  });
});

describe('catalogue import from the city’s CSV', () => {
  it('assigns the 36 procedures of the real list, matching rows without a code by name', async () => {
    await seedDemo();
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const before = await snapshot(schoolId);

    const response = await preview(admin, schoolId, cityCsv, 'procedures-education-hcmc.csv');
    const html = await response.text();

    expect(response.status).toBe(200);
    const rows = previewRows(html);
    expect(rows.size).toBe(36);
    expect([...rows.keys()]).toEqual(Array.from({ length: 36 }, (_, i) => i + 2));
    expect(new Set([...rows.values()].map((row) => row.kind))).toEqual(new Set(['assign']));
    expect(await snapshot(schoolId)).toEqual(before);

    const applied = await admin.post('/admin/import/apply', { draft: draftOf(html)! });

    expect(applied.status).toBe(303);
    const assigned = await assignedTo(schoolId);
    expect(assigned).toHaveLength(36);
    expect(assigned).toContain('2.002481');
    expect(assigned).toContain('hcm-gd-02');
    expect((await snapshot(schoolId)).procedures).toEqual(before.procedures);
  });

  it('shows HTML in a cell and in the file name as text', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);

    const response = await preview(admin, schoolId, htmlCsv, '<b>danh-muc.csv');
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('<td>&lt;script>alert(1)&lt;/script></td>');
    expect(html).toContain('<td>&lt;img src=x onerror=&quot;alert(2)&quot;></td>');
    expect(html).toContain('Tệp &lt;b>danh-muc.csv cho');
    expect(html).not.toMatch(/<script|<img|<b>/);
  });
});

describe('refused imports', () => {
  const wrongHeaders = portalXlsx([['1.001193', 'Đăng ký khai sinh']], ['STT', 'Mã', 'Tên', 'Ghi chú']);
  it.each([
    [
      'random bytes',
      crypto.getRandomValues(new Uint8Array(4096)),
      'x.xlsx',
      'không phải CSV (UTF-8) hay Excel',
    ],
    ['an .xlsx with other headers', wrongHeaders, 'sai.xlsx', 'không tìm thấy dòng tiêu đề'],
    ['an empty CSV', '', 'rong.csv', 'tệp rỗng'],
    ['a CSV with a header only', 'code,name,field,level\n', 'tieu-de.csv', 'không có dòng thủ tục nào'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cu.xls', '.xls'],
    ['a damaged .xlsx', wrongHeaders.slice(0, 600), 'hong.xlsx', 'không đọc được tệp'],
  ])('refuses %s with a page that says why, and writes nothing', async (_, bytes, fileName, words) => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const before = await snapshot(schoolId);

    const response = await preview(admin, schoolId, bytes, fileName);
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(html).toContain('Không thực hiện được');
    expect(html).toContain(words);
    expect(await snapshot(schoolId)).toEqual(before);
    const drafts = await env.DB.prepare('SELECT count(*) AS n FROM import_draft WHERE account_id = ?1')
      .bind(admin.accountId)
      .first<{ n: number }>();
    expect(drafts?.n).toBe(0);
  });

  it('refuses a file of more than 2,000 rows', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const csv = `code,name,field,level\n${Array.from({ length: 2001 }, (_, i) => `,Thủ tục ${i},Thử,xã`).join('\n')}`;

    const response = await preview(admin, schoolId, csv, 'nhieu.csv');

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('quá 2.000 dòng');
  });

  it.each([
    ['says so in its headers', 24 * 1024 * 1024],
    ['hides it behind small declared sizes', 1000],
  ])('refuses an .xlsx that unpacks to far more than it weighs and %s (a zip bomb)', async (_, declared) => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const bomb = await zipOf('xl/worksheets/sheet1.xml', new Uint8Array(24 * 1024 * 1024).fill(32), declared);
    expect(bomb.length).toBeLessThan(64 * 1024);

    const response = await preview(admin, schoolId, bomb, 'bom.xlsx');

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('quá lớn khi giải nén');
  });

  it('answers 413 to a body over 2 MB from its Content-Length, before reading it', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const encoded = new Response(importForm(admin, schoolId, new Uint8Array(2 * 1024 * 1024 + 1), 'lon.csv'));
    const body = new Uint8Array(await encoded.arrayBuffer());
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= body.length) return controller.close();
        controller.enqueue(body.slice(pulled, pulled + 64 * 1024));
        pulled += 64 * 1024;
      },
    });

    const response = await workerFetch('/admin/import/preview', {
      method: 'POST',
      redirect: 'manual',
      headers: {
        Cookie: admin.cookie,
        Origin: ORIGIN,
        'Content-Type': encoded.headers.get('Content-Type')!,
        'Content-Length': String(body.length),
      },
      body: stream,
    });

    expect(response.status).toBe(413);
    expect(await response.text()).toContain('2 MB');
    expect(pulled).toBeLessThan(body.length);
  });

  it('answers 413 to a streamed body without Content-Length once it passes 2 MB', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const encoded = new Response(importForm(admin, schoolId, new Uint8Array(3 * 1024 * 1024), 'lon.csv'));
    const type = encoded.headers.get('Content-Type')!;

    const response = await workerFetch('/admin/import/preview', {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: admin.cookie, Origin: ORIGIN, 'Content-Type': type },
      body: encoded.body,
    });

    expect(response.status).toBe(413);
  });

  it('refuses a preview without the session’s CSRF token, and the cluster itself as target', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const form = importForm(admin, schoolId, 'code,name,field,level\n,Thủ tục,Thử,xã\n', 'a.csv');
    form.set('_csrf', 'forged');
    const forged = await workerFetch('/admin/import/preview', {
      method: 'POST',
      headers: { Cookie: admin.cookie, Origin: ORIGIN },
      body: form,
    });
    const wholeCluster = await preview(admin, clusterId, 'code,name,field,level\n,Thủ tục,Thử,xã\n', 'a.csv');

    expect(forged.status).toBe(403);
    expect(wholeCluster.status).toBe(400);
    expect(await wholeCluster.text()).toContain('không phải cả khu vực');
  });
});

describe('who may import', () => {
  it('shows the upload form to an admin, for the cluster’s wards and schools', async () => {
    const { clusterId, wardId, schoolId } = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);

    const response = await admin.get(`/admin/import?unit=${schoolId}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('accept=".csv,.xlsx');
    expect(html).toMatch(new RegExp(`<option value="${schoolId}" selected`));
    expect(html).toContain(`<option value="${wardId}"`);
    expect(html).not.toContain(`<option value="${clusterId}"`);
    expect(html).toContain('Xem trước');
  });

  it('refuses a viewer (403)', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const viewer = await signedIn('viewer', clusterId);

    expect((await viewer.get('/admin/import')).status).toBe(403);
    expect(
      (await preview(viewer, schoolId, 'code,name,field,level\n,Thủ tục,Thử,xã\n', 'a.csv')).status,
    ).toBe(403);
  });

  it('answers 404 to a draft of another account or for a unit outside the cluster, 400 to an old one', async () => {
    const { clusterId, schoolId } = await seedTestCluster();
    const other = await seedTestCluster();
    const admin = await signedIn('admin', clusterId);
    const colleague = await signedIn('admin', clusterId);
    const html = await (
      await preview(admin, schoolId, `code,name,field,level\n,Thủ tục riêng ${run},Thử,xã\n`, 'a.csv')
    ).text();
    const draft = draftOf(html)!;
    const foreign = crypto.randomUUID();
    const old = crypto.randomUUID();
    const plan = JSON.stringify({ rows: [], counts: { add: 0, change: 0, assign: 0, skip: 0 } });
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO import_draft (id, account_id, unit_id, file_name, plan, created_at) VALUES (?1, ?2, ?3, 'b.csv', ?4, ?5)",
      ).bind(foreign, admin.accountId, other.schoolId, plan, Date.now()),
      env.DB.prepare(
        "INSERT INTO import_draft (id, account_id, unit_id, file_name, plan, created_at) VALUES (?1, ?2, ?3, 'c.csv', ?4, ?5)",
      ).bind(old, admin.accountId, schoolId, plan, Date.now() - 2 * 3_600_000),
    ]);
    const before = await snapshot(schoolId);

    expect((await colleague.post('/admin/import/apply', { draft })).status).toBe(404);
    expect((await admin.post('/admin/import/apply', { draft: foreign })).status).toBe(404);
    const expired = await admin.post('/admin/import/apply', { draft: old });
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('quá 1 giờ');
    expect(await snapshot(schoolId)).toEqual(before);
  });
});

/**
 * 70 bytes: a local header signature, zeros, and a central directory entry whose signature sits
 * in the last 46 bytes before the end record, so its fields run past the archive's end.
 */
function overrunArchive(): Uint8Array<ArrayBuffer> {
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 4, true);
  end.setUint32(16, 44, true);
  return new Uint8Array([
    ...[0x50, 0x4b, 0x03, 0x04],
    ...new Uint8Array(40),
    ...[0x50, 0x4b, 0x01, 0x02],
    ...new Uint8Array(end.buffer),
  ]);
}

describe('the zip-bomb check before SheetJS', () => {
  const MB = 1024 * 1024;
  const spaces = (bytes: number) => new Uint8Array(bytes).fill(32);

  it('lets a real workbook and an honest archive under the limit through', async () => {
    expect(await zipWithinLimit(portalXlsx([[code(40), 'Thủ tục', 'Thử', 'Cấp Xã', '', '']]), 20 * MB)).toBe(
      true,
    );
    expect(await zipWithinLimit(await zipOf('a.xml', spaces(MB)), 2 * MB)).toBe(true);
  });

  it.each([
    ['unpacks past the limit', async () => zipOf('a.xml', spaces(3 * MB)), 2 * MB],
    ['declares more than the limit', async () => zipOf('a.xml', spaces(10), 3 * MB), 2 * MB],
    ['declares less than it unpacks to', async () => zipOf('a.xml', spaces(3 * MB), 100), 2 * MB],
    ['is cut short', async () => (await zipOf('a.xml', spaces(MB))).slice(0, 200), 2 * MB],
    ['lists an entry that runs past its end (found by the fuzz)', async () => overrunArchive(), 2 * MB],
  ])('refuses an archive that %s', async (_, archive, limit) => {
    expect(await zipWithinLimit((await archive()) as Uint8Array<ArrayBuffer>, limit)).toBe(false);
  });
});
