import { read, utils, type WorkSheet } from '@e965/xlsx';
import { formProblem } from './admin-context.ts';
import { HEADER_SCAN_ROWS, MAX_IMPORT_ROWS } from './import-rows.ts';
import { zipWithinLimit } from './zip-within-limit.ts';

/** An XLSX of 2,000 procedures unpacks to a few MB; far more is a damaged file or a zip bomb. */
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** The portal's export has about ten columns; columns past this many are not read. */
const MAX_COLUMNS = 50;

/**
 * The first sheet of an XLSX workbook as rows of cell texts (as Excel shows them), with the row
 * number of its first row. SheetJS (`@e965/xlsx`, the maintained build without the CVEs of
 * `xlsx` 0.18) reads only values: no formulas, no HTML, no styles; only the first sheet, and no
 * more rows than an import may have plus the header search.
 *
 * @throws ApiError 400 `invalid_form` with `importFileUnreadable` or `importNoRows`.
 */
export async function readXlsxGrid(
  bytes: Uint8Array<ArrayBuffer>,
): Promise<{ grid: string[][]; firstRow: number }> {
  if (!(await zipWithinLimit(bytes, MAX_UNPACKED_BYTES))) throw formProblem('importFileUnreadable');
  let sheet: WorkSheet | undefined;
  try {
    const book = read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
      sheets: 0,
      sheetRows: HEADER_SCAN_ROWS + MAX_IMPORT_ROWS + 2,
    });
    const first = book.SheetNames[0];
    sheet = first === undefined ? undefined : book.Sheets[first];
  } catch {
    throw formProblem('importFileUnreadable');
  }
  const ref = sheet?.['!ref'];
  if (!sheet || !ref) throw formProblem('importNoRows');
  const range = utils.decode_range(ref);
  const data = sheet['!data'] ?? [];
  const lastColumn = Math.min(range.e.c, range.s.c + MAX_COLUMNS - 1);
  const grid: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = range.s.c; c <= lastColumn; c++) {
      const cell = data[r]?.[c];
      cells.push(cell?.w ?? (cell?.v === undefined || cell.v === null ? '' : String(cell.v)));
    }
    grid.push(cells);
  }
  return { grid, firstRow: range.s.r + 1 };
}
