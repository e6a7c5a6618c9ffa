import { UnreadablePageError } from '../../shared/adapters/unreadable-page-error.ts';
import { parseProcedureCode } from '../../shared/procedure/procedure-code.ts';
import type { Excerpt, PartKey, ProcedureFacts, SourceKind } from '../../shared/procedure/procedure-facts.ts';
import { type CssPathCache, createCssPathCache, cssPath } from './css-path.ts';
import { type LegacyField, legacyField } from './legacy-labels.ts';

/**
 * Adapter for server-rendered procedure pages laid out as label/value pairs: the national
 * database's legacy pages (`/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=…`) and, best
 * effort, the city portal. A label is any small element whose whole text is a known label; its
 * value is the next element (the next cell of a table row, or the next block). Pure over `doc`.
 */
export function legacyPageToFacts(
  doc: Document,
  url: string,
  kind: SourceKind = 'portal-legacy',
): ProcedureFacts {
  const values = new Map<LegacyField, Element>();
  for (const label of doc.querySelectorAll('th, td, dt, div, span, strong, b, label, p, h3, h4')) {
    // Column headers of the tables inside a value ("Thời hạn giải quyết" in the methods table)
    // are not labels of the page.
    // A label row has two cells; a row of three or more is a table's own header or data.
    const row = label.tagName === 'TD' || label.tagName === 'TH' ? label.parentElement : label.closest('tr');
    if (row && row.childElementCount > 2) continue;
    const field = legacyField(ownText(label));
    if (!field || values.has(field)) continue;
    const value = valueFor(label);
    if (value) values.set(field, value);
  }
  if (!values.has('code') && !values.has('name')) {
    throw new UnreadablePageError('Trang không có bảng thông tin thủ tục (mã hoặc tên thủ tục).');
  }

  const parts: Partial<Record<PartKey, Excerpt[]>> = {};
  const paths = createCssPathCache();
  const excerpt = (element: Element) => valueExcerpt(element, paths);
  const add = (part: PartKey, excerpts: Excerpt[]) => {
    // Appends in place: a 400-row table must not copy the list once per row.
    const list = parts[part] ?? [];
    list.push(...excerpts);
    parts[part] = list;
  };
  for (const [field, element] of values) {
    if (field === 'code' || field === 'decisionNumber') continue;
    if (field === 'methods') {
      const rows = tableRows(element);
      if (rows.length === 0) add('methods', [excerpt(element)]);
      for (const cells of rows) {
        if (cells[0]) add('methods', [excerpt(cells[0])]);
        if (cells[1]) add('processingTime', [excerpt(cells[1])]);
        if (cells[2]) add('fees', [excerpt(cells[2])]);
      }
      continue;
    }
    if (field === 'dossier' || field === 'legalBasis') {
      const rows = tableRows(element);
      if (rows.length === 0) add(field, [excerpt(element)]);
      for (const cells of rows) {
        if (cells[0]) add(field, [excerpt(cells[0])]);
        if (field === 'dossier') add('forms', formLinks(cells[1], paths));
      }
      continue;
    }
    add(field, [excerpt(element)]);
  }
  if (values.has('dossier') && !parts.forms) parts.forms = [];

  const codeText = values.get('code')?.textContent ?? '';
  const name = parts.name?.[0]?.text ?? null;
  return {
    source: { kind, url },
    code: parseProcedureCode(codeText)?.base ?? parseProcedureCode(url)?.base ?? null,
    name: name || null,
    state: /bãi bỏ|hết hiệu lực/i.test(doc.body?.textContent ?? '') ? 'abolished' : 'unknown',
    decisionNumber: clean(values.get('decisionNumber')?.textContent) || null,
    decisionDate: null,
    updatedAt: null,
    parts,
  };
}

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Raw text longer than this is no label (labels are ≤ 60 characters once spacing is cleaned). */
const MAX_LABEL_RAW = 400;

/** The element's text without that of nested block children (a label cell holds only its label). */
function ownText(element: Element): string {
  if (element.children.length > 2) return '';
  // A value cell holding a whole table has one child: skip cleaning its text.
  const raw = element.textContent ?? '';
  if (raw.length > MAX_LABEL_RAW) return '';
  return clean(raw).replace(/[:：]\s*$/, '');
}

function valueFor(label: Element): Element | null {
  const next = label.nextElementSibling;
  if (next) return next;
  // `<td><strong>Label:</strong></td><td>value</td>`: the label sits inside the first cell.
  const cell = label.parentElement?.closest('td, th, dt');
  if (cell) return cell.nextElementSibling;
  // `<p><b>Label:</b> value</p>`: the value is the rest of the parent's text.
  const parent = label.parentElement;
  return parent && clean(parent.textContent).length > clean(label.textContent).length ? parent : null;
}

/** The value's text; a value that shares its element with its label loses the label. */
function valueExcerpt(element: Element, paths: CssPathCache): Excerpt {
  let text = clean(element.textContent);
  const label = element.firstElementChild;
  if (label && legacyField(ownText(label)) && text.startsWith(clean(label.textContent))) {
    text = text.slice(clean(label.textContent).length).trim();
  }
  return { text, at: cssPath(element, paths) };
}

/** Header rows of the tables inside values: their first cell names a column, not a value. */
const HEADER_CELLS = /^(hình thức nộp|tên giấy tờ|tên hồ sơ|số ký hiệu|stt|tt)$/i;

/** Data rows of the first table inside `element` (header rows of `th` cells are skipped). */
function tableRows(element: Element): Element[][] {
  const table = element.matches('table') ? element : element.querySelector('table');
  if (!table) return [];
  // Plain loops rather than spreads and filters: tables may have hundreds of rows (issue #3).
  const rows: Element[][] = [];
  for (const row of table.querySelectorAll('tr')) {
    const cells: Element[] = [];
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (cell.tagName === 'TD') cells.push(cell);
    }
    if (cells[0] && !isHeaderCell(cells[0])) rows.push(cells);
  }
  return rows;
}

function isHeaderCell(cell: Element): boolean {
  const raw = cell.textContent ?? '';
  return raw.length <= MAX_LABEL_RAW && HEADER_CELLS.test(clean(raw));
}

function formLinks(cell: Element | undefined, paths: CssPathCache): Excerpt[] {
  if (!cell) return [];
  return [...cell.querySelectorAll('a[href]')].map((a) => ({
    text: clean(a.textContent) || (a.getAttribute('href') ?? ''),
    at: cssPath(a, paths),
  }));
}
