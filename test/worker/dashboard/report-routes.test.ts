import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { periodKey, periodOf, previousPeriod } from '../../../shared/report/period.ts';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { vietnamDay } from '../../../shared/text/vietnam-day.ts';
import { formatCompletion } from '../../../worker/dashboard/format-completion.ts';
import { XLSX_TYPE } from '../../../worker/report/report-xlsx.ts';
import { seedDemo } from '../seed-demo.ts';
import { type Browser, seedTestCluster, signedIn } from '../sign-in.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

let reviewer: Browser;

const quarter = (offset = 0) => {
  let period = periodOf('quarter', vietnamDay(Date.now()), null);
  for (let i = 0; i < offset; i++) period = previousPeriod(period);
  return periodKey(period);
};

/** RFC 4180 fields (quotes, doubled quotes, CRLF), after the byte order mark. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** The figure columns every view shows, in the overview's order. */
const FIGURES = ['procedures', 'complete', 'office', 'website', 'content', 'stale', 'unitItems'] as const;
type Figures = Record<(typeof FIGURES)[number], string>;

/** Per unit (page order): id, name and the figure cells' text, from a table with the data-* hooks. */
function htmlUnits(html: string): { id: string; name: string; figures: Figures }[] {
  return [...html.matchAll(/<tr[^>]*data-unit="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, id, row]) => ({
    id: id!,
    name: /<th scope="row">(?:<a [^>]*>)?([^<]*)</.exec(row!)![1]!,
    figures: Object.fromEntries(
      FIGURES.map((col) => [col, new RegExp(`<td[^>]*data-col="${col}"[^>]*>([^<]*)<`).exec(row!)?.[1]]),
    ) as Figures,
  }));
}

/** The total line's cells (after its header cell), in order. */
const totalCells = (html: string) => {
  const foot = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)![1]!;
  return [...foot.matchAll(/<td[^>]*>([^<]*)</g)].map((m) => m[1]!);
};

/** A CSV or XLSX row as the figures the overview prints (its cell texts; unit items of 15 on a unit's row). */
const asShown = (row: unknown[], { total = false } = {}): Figures => {
  const n = row.slice(3, 14).map(Number);
  const [procedures, complete, , office, , website, , content, , stale, unitItems] = n as number[];
  return {
    procedures: String(procedures),
    complete: formatCompletion(complete!, procedures!),
    office: formatCompletion(office!, procedures!),
    website: formatCompletion(website!, procedures!),
    content: formatCompletion(content!, procedures!),
    stale: String(stale),
    unitItems: total ? String(unitItems) : `${unitItems}/15`,
  };
};

/** Each percentage column is its count's share of the procedures, with one decimal. */
const expectPercents = (row: unknown[]) => {
  const procedures = Number(row[3]);
  for (const at of [4, 6, 8, 10]) {
    const expected = procedures === 0 ? '' : String(Math.round((Number(row[at]) / procedures) * 1000) / 10);
    expect(String(row[at + 1] ?? ''), `${row[0]} column ${at + 1}`).toBe(expected);
  }
};

/** The page's per-item rows: id, met, failing, out of. */
const pageItems = (html: string) =>
  [...html.matchAll(/<tr data-item="([PU]\d\d)">([\s\S]*?)<\/tr>/g)].map(([, id, row]) => [
    id,
    ...['met', 'failing', 'of'].map((col) =>
      Number(new RegExp(`data-col="${col}"[^>]*>([^<]*)<`).exec(row!)![1]),
    ),
  ]);

/** Per item, the units' heatmap cells of the overview summed: procedures met (P), units met (U). */
const heatmapMet = (html: string) => {
  const sums: Record<string, number> = {};
  for (const [, id, text] of html.matchAll(/<td[^>]*data-item="([PU]\d\d)"[^>]*>([^<]*)</g))
    sums[id!] =
      (sums[id!] ?? 0) + (id!.startsWith('U') ? (text === 'Đạt' ? 1 : 0) : Number(text!.split('/')[0]));
  return sums;
};

async function readXlsx(response: Response) {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.read(new Uint8Array(await response.arrayBuffer()), { type: 'array' });
  const sheet = (i: number) => book.Sheets[book.SheetNames[i]!]!;
  const grid = (i: number) =>
    XLSX.utils.sheet_to_json<unknown[]>(sheet(i), { header: 1, raw: true, defval: null, blankrows: true });
  return { book, sheet, grid };
}

/** The rows after the header row (the one starting with `header`). */
const after = (grid: unknown[][], header: string) =>
  grid.slice(grid.findIndex((row) => row[0] === header) + 1);

/**
 * Dates the whole history `day`, as if nothing had been checked since: the tests of a file share
 * one database, so rows that pushes of earlier tests added (newer than the seed's) go first.
 */
async function historyAsOf(day: string): Promise<void> {
  await env.DB.batch([
    env.DB.prepare(
      `DELETE FROM procedure_history WHERE day > (SELECT min(h.day) FROM procedure_history h
       WHERE h.unit_id = procedure_history.unit_id AND h.subject = procedure_history.subject)`,
    ),
    env.DB.prepare('UPDATE procedure_history SET day = ?1').bind(day),
    // The units' totals by day, likewise: each unit's first.
    env.DB.prepare(
      `DELETE FROM unit_history WHERE day > (SELECT min(h.day) FROM unit_history h
       WHERE h.unit_id = unit_history.unit_id)`,
    ),
    env.DB.prepare('UPDATE unit_history SET day = ?1').bind(day),
  ]);
}

/** Enrols the demo device of Phường Gò Vấp and pushes one answer (P06 met) of its procedure 2.000815. */
async function pushP06(name: string): Promise<void> {
  // A client id belongs to the first device that pushes with it: one of its own per push.
  const clientId = `${name}-${crypto.randomUUID()}`;
  const enrol = await workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code: 'DEMO-GOVAP' }));
  const { token } = (await enrol.json()) as { token: string };
  const mutation = {
    seq: 1,
    unitId: 'phuong-go-vap',
    subject: '2.000815',
    itemId: 'P06',
    fields: { status: 'dat', checkedAt: Date.now() },
    hlc: encodeHlc({ wall: Date.now(), counter: 0, node: clientId }),
  };
  const push = await workerFetch(
    '/api/v1/sync/push',
    jsonInit('POST', { v: 1, clientId, mutations: [mutation] }, token),
  );
  expect(push.status).toBe(200);
}

describe('reports (issue #9): printable page, CSV and XLSX', () => {
  beforeEach(async () => {
    await seedDemo();
    reviewer = await signedIn('viewer', 'khu-vuc-go-vap');
  });

  it.each([
    ['the whole cluster', ''],
    ['a ward', '&ward=phuong-go-vap'],
    ['a field and a status', `&field=${encodeURIComponent('Giáo dục trung học')}&status=incomplete`],
  ])(
    'gives the same figures for every unit and the total in the overview, the page, the CSV and the XLSX: %s',
    async (_, filters) => {
      await pushP06('figures-agree');
      const selection = `?period=${quarter()}${filters}`;
      const overview = await (await reviewer.get(`/${selection}`)).text();
      const report = await (await reviewer.get(`/report${selection}`)).text();
      const csv = parseCsv(
        (await (await reviewer.get(`/report.csv${selection}`)).text()).replace(/^\uFEFF/, ''),
      );
      const book = await readXlsx(await reviewer.get(`/report.xlsx${selection}`));
      const xlsx = after(book.grid(0), 'Đơn vị');

      const units = htmlUnits(overview);
      const csvRows = csv.slice(1);
      expect(units.length).toBeGreaterThan(0);
      expect(htmlUnits(report)).toEqual(units);
      expect(csvRows.map((row) => row[0])).toEqual([...units.map((unit) => unit.name), 'Tổng cộng']);
      expect(xlsx.map((row) => row[0])).toEqual(csvRows.map((row) => row[0]));
      for (const [i, unit] of units.entries()) {
        expect(asShown(csvRows[i]!), unit.id).toEqual(unit.figures);
        expect(asShown(xlsx[i]!), unit.id).toEqual(unit.figures);
        // The same numbers, as numbers: XLSX cells are typed numbers, the CSV's their text.
        expect(xlsx[i]!.slice(3, 14).map((cell) => (cell === null ? '' : String(cell)))).toEqual(
          csvRows[i]!.slice(3, 14),
        );
        expect(typeof xlsx[i]![3]).toBe('number');
        expectPercents(csvRows[i]!);
      }
      const total = csvRows[csvRows.length - 1]!;
      const shownTotal = asShown(total, { total: true });
      const overviewTotal = totalCells(overview);
      expect(overviewTotal.slice(1, 8)).toEqual([
        shownTotal.procedures,
        shownTotal.complete,
        shownTotal.office,
        shownTotal.website,
        shownTotal.content,
        shownTotal.stale,
        shownTotal.unitItems,
      ]);
      expect(totalCells(report).slice(0, 8)).toEqual(overviewTotal.slice(0, 8));
      expect(xlsx[csvRows.length - 1]!.slice(3, 14).map(String)).toEqual(total.slice(3, 14));
      expectPercents(total);

      // Per item: the overview's heatmap cells summed, the page's item table and the XLSX's sheet.
      const items = after(book.grid(1), 'Tiêu chí').map((row) => row.slice(0, 1).concat(row.slice(3, 6)));
      expect(pageItems(report)).toEqual(items);
      expect(heatmapMet(overview)).toEqual(Object.fromEntries(items.map((row) => [row[0], row[1]])));
    },
  );

  it('heads the printable page with the cluster, the period and its days and when it was produced', async () => {
    const response = await reviewer.get('/report?period=2026-Q4');
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toMatch(/<h1>Báo cáo công khai thủ tục hành chính – Khu vực Gò Vấp<\/h1>/);
    expect(html).toContain('<dd>Quý IV/2026</dd>');
    expect(html).toContain('<dd>từ ngày 01/10/2026 đến hết ngày 31/12/2026</dd>');
    expect(html).toMatch(/<dt>Lập lúc<\/dt><dd>[^<]*\d\d:\d\d[^<]*<\/dd>/);
    expect(html).toContain('<dd>Tất cả đơn vị của khu vực</dd>');
    expect(html).toMatch(/<caption>[^<]+<\/caption>/);
    expect([...html.matchAll(/<tr data-item="[PU]\d\d"/g)]).toHaveLength(38);
    expect(html).toContain('href="/report.csv?period=2026-Q4"');
  });

  it('writes the CSV as UTF-8 with a byte order mark and CRLF, named after the cluster and period', async () => {
    const response = await reviewer.get('/report.csv?period=2026-Q4');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('Phường An Hội Đông');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFĐơn vị,Loại đơn vị,Thuộc phường,Thủ tục được giao,/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="congkhai-khu-vuc-go-vap-2026-Q4.csv"; filename*=UTF-8''congkhai-Khu-v%E1%BB%B1c-G%C3%B2-V%E1%BA%A5p-2026-Q4.csv`,
    );
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
  });

  it('writes English headers when the page language is English', async () => {
    const text = await (await reviewer.get('/report.csv?period=2026-Q4&lang=en')).text();

    // text() drops the byte order mark, as any UTF-8 reader does.
    expect(text).toMatch(/^Unit,Kind of unit,Ward,Procedures assigned,/);
    expect(text).toContain('\r\nTotal,10 units,');
  });

  it('writes an XLSX with a title, typed numbers and a second sheet of checklist items', async () => {
    const response = await reviewer.get('/report.xlsx?period=2026-Q4');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(XLSX_TYPE);
    expect(response.headers.get('Content-Disposition')).toContain(
      'filename="congkhai-khu-vuc-go-vap-2026-Q4.xlsx"',
    );
    const { book, sheet, grid } = await readXlsx(response);
    const units = grid(0);
    const items = after(grid(1), 'Tiêu chí');

    expect(book.SheetNames).toEqual(['Theo đơn vị', 'Theo tiêu chí']);
    expect(units[0]![0]).toBe('Báo cáo công khai thủ tục hành chính – Khu vực Gò Vấp');
    expect(units[1]![0]).toBe('Kỳ báo cáo: Quý IV/2026');
    expect(units[2]![0]).toBe('Thời gian: từ ngày 01/10/2026 đến hết ngày 31/12/2026');
    expect(String(units[3]![0])).toMatch(/^Lập lúc: .*\d\d:\d\d/);
    expect(after(units, 'Đơn vị')).toHaveLength(11);
    const first = after(units, 'Đơn vị')[0]!;
    const header = units.findIndex((row) => row[0] === 'Đơn vị');
    expect(sheet(0)[`D${header + 2}`]?.t).toBe('n');
    expect(first[0]).toBe('Phường An Hội Đông');
    expect(items.map((row) => row[0])).toEqual(expect.arrayContaining(['P01', 'P23', 'U01', 'U15']));
    expect(items).toHaveLength(38);
    expect(items.every((row) => typeof row[3] === 'number' && typeof row[5] === 'number')).toBe(true);
  });

  it('keeps a past period’s export when later answers arrive, while the running period counts them', async () => {
    // The history known before this quarter: the last quarter ended with it.
    await historyAsOf('2025-07-01');
    const csv = async (period: string) => (await reviewer.get(`/report.csv?period=${period}`)).text();
    const xlsxRows = async (period: string) =>
      after((await readXlsx(await reviewer.get(`/report.xlsx?period=${period}`))).grid(0), 'Đơn vị');
    const [pastCsv, pastXlsx, runningCsv] = [
      await csv(quarter(1)),
      await xlsxRows(quarter(1)),
      await csv(quarter()),
    ];

    await pushP06('past-period');

    expect(await csv(quarter(1))).toBe(pastCsv);
    expect(await xlsxRows(quarter(1))).toEqual(pastXlsx);
    expect(await csv(quarter())).not.toBe(runningCsv);
  });

  it('covers the days of the cut-off the cluster reports on', async () => {
    // What is known on 2025-07-01, and one more posting at the office on 20 December 2025.
    await historyAsOf('2025-07-01');
    await pushP06('cut-off');
    await env.DB.batch(
      ['procedure_history', 'unit_history'].map((table) =>
        env.DB.prepare(`UPDATE ${table} SET day = ?1 WHERE day <> ?2`).bind('2025-12-20', '2025-07-01'),
      ),
    );
    const officeOfGoVap = async (period: string) => {
      const html = await (await reviewer.get(`/report?period=${period}`)).text();
      return htmlUnits(html).find((unit) => unit.id === 'phuong-go-vap')!.figures.office;
    };
    const calendar = await (await reviewer.get('/report?period=2025-Q4')).text();
    const calendarOffice = await officeOfGoVap('2025-Q4');

    const admin = await signedIn('admin', 'khu-vuc-go-vap');
    expect((await admin.post('/admin/settings', { cutoffDay: '15', recheckMonths: '3' })).status).toBe(303);
    const cutOff = await (await reviewer.get('/report?period=2025-Q4')).text();

    expect(calendar).toContain('từ ngày 01/10/2025 đến hết ngày 31/12/2025');
    expect(cutOff).toContain('từ ngày 16/09/2025 đến hết ngày 15/12/2025');
    expect(calendarOffice).toBe('1/35 (2,9 %)');
    expect(await officeOfGoVap('2025-Q4')).toBe('0/35 (0 %)');
    expect(await officeOfGoVap('2026-Q1')).toBe('1/35 (2,9 %)');
  });

  it('gives another cluster’s account only its own cluster, whatever the query asks for', async () => {
    const cluster = await seedTestCluster();
    const other = await signedIn('admin', cluster.clusterId);

    for (const path of ['/report', '/report.csv']) {
      const response = await other.get(`${path}?cluster=khu-vuc-go-vap&period=2026-Q4`);
      const text = await response.text();
      expect(response.status, path).toBe(200);
      expect(text, path).toContain(`Phường thử ${cluster.wardId.slice(5)}`);
      expect(text, path).not.toMatch(/Gò Vấp|An Hội|Trường Sơn/);
    }
    const xlsx = await readXlsx(await other.get('/report.xlsx?cluster=khu-vuc-go-vap'));
    expect(JSON.stringify(xlsx.grid(0))).not.toMatch(/Gò Vấp|An Hội/);
  });

  it('sends a browser without a session to the sign-in page', async () => {
    for (const path of ['/report', '/report.csv', '/report.xlsx']) {
      const response = await workerFetch(`${path}?period=2026-Q4`, { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('Location'), path).toMatch(/^\/login\?next=/);
    }
  });
});
