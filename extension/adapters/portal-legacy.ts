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
  const steps = legacyPageSteps(doc, url, kind);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows of a value's table read between two pauses of {@link legacyPageSteps}. */
const ROWS_PER_STEP = 64;

/**
 * {@link legacyPageToFacts} in steps: it pauses (yields) every {@link ROWS_PER_STEP} table rows,
 * so a content script can give the page its turn on a procedure with hundreds of rows and no
 * task grows long (issue #3: no task ≥ 50 ms). Run to the end, it is the same function.
 */
export function* legacyPageSteps(
  doc: Document,
  url: string,
  kind: SourceKind = 'portal-legacy',
): Generator<void, ProcedureFacts, void> {
  const values = new Map<LegacyField, Element>();
  /** Each value's label as the page prints it: the section name people are shown. */
  const sections = new Map<LegacyField, string>();
  // Label cells are the first of a two-cell row: the cells of a value's own tables (three or more
  // columns, hundreds of rows) are never visited. Each DOM call from a content script is costly.
  for (const label of doc.querySelectorAll(LABEL_CANDIDATES)) {
    const field = legacyField(ownText(label));
    if (!field || values.has(field)) continue;
    if (label.tagName !== 'TD' && label.tagName !== 'TH') {
      const row = label.closest('tr');
      if (row && row.childElementCount > 2) continue;
    }
    const value = valueFor(label);
    if (value) {
      values.set(field, value);
      sections.set(field, ownText(label));
    }
  }
  if (!values.has('code') && !values.has('name')) {
    throw new UnreadablePageError({
      vi: 'Trang không có bảng thông tin thủ tục (mã hoặc tên thủ tục).',
      en: 'The page has no procedure table (no procedure code or name).',
    });
  }

  const parts: Partial<Record<PartKey, Excerpt[]>> = {};
  const paths = createCssPathCache();
  const add = (part: PartKey, excerpts: Excerpt[]) => {
    // Appends in place: a 400-row table must not copy the list once per row.
    const list = parts[part] ?? [];
    list.push(...excerpts);
    parts[part] = list;
  };
  for (const [field, element] of values) {
    if (field === 'code' || field === 'decisionNumber' || field === 'status') continue;
    const section = sections.get(field);
    const excerpt = (value: Element): Excerpt => ({ ...valueExcerpt(value, paths), section });
    const plain = ({ text, at }: Cell): Excerpt => ({ text, at, section });
    if (field === 'methods') {
      const rows = yield* tableRows(element, paths, 3);
      if (rows.length === 0) add('methods', [excerpt(element)]);
      for (const cells of rows) {
        if (cells[0]) add('methods', [plain(cells[0])]);
        if (cells[1]) add('processingTime', [plain(cells[1])]);
        if (cells[2]) add('fees', [plain(cells[2])]);
      }
      continue;
    }
    if (field === 'dossier' || field === 'legalBasis') {
      const rows = yield* tableRows(element, paths, field === 'dossier' ? 2 : 1);
      if (rows.length === 0) add(field, [excerpt(element)]);
      for (const cells of rows) {
        if (cells[0]) add(field, [plain(cells[0])]);
        if (field === 'dossier' && cells[1]) add('forms', formLinks(cells[1], section));
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
    state: procedureState(values.get('status')),
    decisionNumber: clean(values.get('decisionNumber')?.textContent) || null,
    decisionDate: null,
    updatedAt: null,
    parts,
  };
}

const LABEL_CANDIDATES = 'tr > :first-child:nth-last-child(2), dt, div, span, strong, b, label, p, h3, h4';

/**
 * The procedure's state, from its status row only: words such as "bãi bỏ" or "hết hiệu lực" in a
 * legal-basis title elsewhere on the page say nothing about the procedure itself.
 */
function procedureState(status: Element | undefined): ProcedureFacts['state'] {
  const text = clean(status?.textContent).toLowerCase();
  if (!text) return 'unknown';
  if (/bãi bỏ|hết hiệu lực|đình chỉ/.test(text)) return 'abolished';
  return /còn hiệu lực|đang áp dụng|có hiệu lực/.test(text) ? 'active' : 'unknown';
}

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Raw text longer than this is no label (labels are ≤ 60 characters once spacing is cleaned). */
const MAX_LABEL_RAW = 400;

/** The element's text without that of nested block children (a label cell holds only its label). */
function ownText(element: Element): string {
  if (element.childElementCount > 2) return '';
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

/** A table cell read once: its excerpt, and the element for the form links inside it. */
interface Cell extends Excerpt {
  element: Element;
}

/**
 * Data rows of the first table inside `element` (header rows are skipped): the first `columns`
 * cells of each, each read once.
 * A cell's selector is its row's plus its place in the row, so hundreds of rows cost one path
 * each rather than one per cell: every DOM call from a content script counts (issue #3).
 */
function* tableRows(element: Element, paths: CssPathCache, columns: number): Generator<void, Cell[][], void> {
  const table = element.matches('table') ? element : element.querySelector('table');
  if (!table) return [];
  const rows: Cell[][] = [];
  let read = 0;
  for (const row of table.querySelectorAll('tr')) {
    read += 1;
    if (read % ROWS_PER_STEP === 0) yield;
    const cells: Cell[] = [];
    let rowPath: string | null = null;
    let index = 0;
    for (let cell = row.firstElementChild; cell && index < columns; cell = cell.nextElementSibling) {
      if (cell.tagName !== 'TD') continue;
      index += 1;
      const text = clean(cell.textContent);
      if (index === 1 && HEADER_CELLS.test(text)) break;
      rowPath ??= cssPath(row, paths);
      cells.push({ text, at: `${rowPath} > td:nth-of-type(${index})`, element: cell });
    }
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

/** A cell's forms, each located by the cell (facts travel to the background; elements cannot). */
function formLinks(cell: Cell, section: string | undefined): Excerpt[] {
  // Most cells hold plain text: one cheap look before a query.
  if (!cell.element.firstElementChild) return [];
  const links: Excerpt[] = [];
  // The cell locates a form well enough for highlight mode, and costs no path of its own.
  for (const a of cell.element.querySelectorAll('a[href]')) {
    links.push({ text: clean(a.textContent) || (a.getAttribute('href') ?? ''), at: cell.at, section });
  }
  return links;
}
