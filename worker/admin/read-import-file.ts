import { parseCsv } from '../../shared/catalogue/parse-csv.ts';
import { formProblem } from './admin-context.ts';
import { type ImportRow, importRows, MAX_IMPORT_ROWS } from './import-rows.ts';
import { readXlsxGrid } from './read-xlsx-grid.ts';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
/** ZIP local file header: every XLSX starts with it. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: the old binary Excel format (.xls). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A CSV may spread a quoted cell over lines, but not this many lines per row. */
const MAX_CSV_LINES = MAX_IMPORT_ROWS * 10;

/**
 * The procedure rows of an uploaded catalogue file, its kind told by its content, never its name
 * or the browser's type: an XLSX is a ZIP archive (the portal's export); anything else must be
 * UTF-8 text (a CSV, as the city's list `test/fixtures/reference/procedures-education-hcmc.csv`,
 * read with the catalogue's own CSV reader). Other files are refused.
 *
 * @throws ApiError 400 `invalid_form` naming the problem (`importFileEmpty`, `importFileType`, …).
 */
export async function readImportFile(bytes: Uint8Array<ArrayBuffer>): Promise<ImportRow[]> {
  if (bytes.length === 0) throw formProblem('importFileEmpty');
  if (startsWith(bytes, ZIP)) {
    const { grid, firstRow } = await readXlsxGrid(bytes);
    return importRows(grid, firstRow);
  }
  if (startsWith(bytes, OLE)) throw formProblem('importFileXls');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw formProblem('importFileType');
  }
  // Control characters other than tab and line breaks: a binary file that happens to decode.
  if (/[^\P{Cc}\t\n\r]/u.test(text)) throw formProblem('importFileType');
  if (text.split('\n', MAX_CSV_LINES + 2).length > MAX_CSV_LINES) throw formProblem('importTooManyRows');
  let grid: string[][];
  try {
    grid = parseCsv(text);
  } catch {
    throw formProblem('importFileUnreadable');
  }
  return importRows(grid);
}
