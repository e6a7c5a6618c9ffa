import { normalizeVi } from '../../shared/text/normalize-vi.ts';
import { formProblem } from './admin-context.ts';

/** At most this many procedure rows per file: a whole sector of the national list fits. */
export const MAX_IMPORT_ROWS = 2000;
/** The header row is looked for among the first rows (the portal's export puts a title above it). */
export const HEADER_SCAN_ROWS = 20;

export type ImportColumn = 'code' | 'name' | 'field' | 'level' | 'state' | 'decision';

/** One procedure row of a file: its row number there and the cleaned texts of the known columns. */
export interface ImportRow {
  row: number;
  cells: Record<ImportColumn, string>;
  /** A cell passed its length cap (it is kept cut short, for the preview only). */
  tooLong: boolean;
}

/**
 * Header names, compared after loose Vietnamese normalisation (no accents, case or punctuation):
 * the catalogue CSV's columns (`test/fixtures/reference/procedures-education-hcmc.csv`, as
 * `parseCatalogueCsv` reads them) and the national portal's export of a procedure list.
 */
const HEADERS: Record<ImportColumn, string[]> = {
  code: ['code', 'ma tthc', 'ma thu tuc', 'ma thu tuc hanh chinh'],
  name: ['name', 'ten tthc', 'ten thu tuc', 'ten thu tuc hanh chinh'],
  field: ['field', 'linh vuc'],
  level: ['level', 'cap thuc hien'],
  state: ['state', 'tinh trang', 'trang thai'],
  decision: ['decision', 'qd cong bo', 'quyet dinh cong bo', 'so qd cong bo'],
};
const REQUIRED: ImportColumn[] = ['code', 'name', 'field', 'level'];
const COLUMNS = Object.keys(HEADERS) as ImportColumn[];

/** Length caps per cell (characters), so one draft stays well under D1's 2 MB per value. */
const MAX_LENGTH: Record<ImportColumn, number> = {
  code: 64,
  name: 500,
  field: 200,
  level: 100,
  state: 100,
  decision: 200,
};

/** A cell's text as stored: NFC, runs of white space as one space, trimmed. */
const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Where each known column sits in `header`, or null when a required one is missing. */
function headerColumns(header: string[]): Partial<Record<ImportColumn, number>> | null {
  const found: Partial<Record<ImportColumn, number>> = {};
  header.forEach((text, index) => {
    const name = normalizeVi(text, { loose: true });
    const column = COLUMNS.find((candidate) => HEADERS[candidate].includes(name));
    if (column && found[column] === undefined) found[column] = index;
  });
  return REQUIRED.every((column) => found[column] !== undefined) ? found : null;
}

/**
 * The procedure rows of a sheet or CSV read as a grid of texts (`grid[i]` is row `firstRow + i`):
 * the header row is the first of the top {@link HEADER_SCAN_ROWS} that names the required
 * columns; rows below it whose known columns are all empty are left out.
 *
 * @throws ApiError 400 `invalid_form` with `importHeaders`, `importNoRows` or `importTooManyRows`.
 */
export function importRows(grid: string[][], firstRow = 1): ImportRow[] {
  let at = -1;
  let columns: Partial<Record<ImportColumn, number>> | null = null;
  for (let i = 0; i < Math.min(grid.length, HEADER_SCAN_ROWS) && !columns; i++) {
    columns = headerColumns(grid[i] ?? []);
    at = i;
  }
  if (!columns) throw formProblem('importHeaders');
  const rows: ImportRow[] = [];
  for (let i = at + 1; i < grid.length; i++) {
    let tooLong = false;
    const cells = Object.fromEntries(
      COLUMNS.map((column) => {
        const index = columns[column];
        const text = clean(index === undefined ? '' : (grid[i]?.[index] ?? ''));
        if (text.length > MAX_LENGTH[column]) tooLong = true;
        return [column, text.slice(0, MAX_LENGTH[column])];
      }),
    ) as Record<ImportColumn, string>;
    if (COLUMNS.every((column) => cells[column] === '')) continue;
    if (rows.length === MAX_IMPORT_ROWS) throw formProblem('importTooManyRows');
    rows.push({ row: firstRow + i, cells, tooLong });
  }
  if (rows.length === 0) throw formProblem('importNoRows');
  return rows;
}
