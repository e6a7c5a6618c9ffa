import { type CellObject, utils, write } from '@e965/xlsx';
import type { ReportHeading } from './report-heading.ts';
import type { Cell, Sheet, SheetColumn } from './report-sheets.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An instant as an Excel serial day in Viet Nam time (day 25569 is 1970-01-01). */
const excelDay = (ms: number) => (ms + 7 * 3_600_000) / 86_400_000 + 25_569;

const WIDTHS: Record<SheetColumn['kind'], number> = { text: 30, count: 14, percent: 14, time: 17 };

/** A cell typed as Excel needs it: figures as numbers (not text), moments as dates; empty left out. */
function cellOf(cell: Cell, kind: SheetColumn['kind']): CellObject | undefined {
  if (cell === null) return undefined;
  if (typeof cell === 'number')
    return kind === 'percent' ? { t: 'n', v: cell, z: '0.0' } : { t: 'n', v: cell };
  if (typeof cell === 'string') return { t: 's', v: cell };
  return { t: 'n', v: excelDay(cell.at), z: 'dd/mm/yyyy hh:mm' };
}

/**
 * The report as an XLSX workbook (SheetJS, `@e965/xlsx`): each sheet opens with the title rows
 * (cluster, period and its days, when it was produced, what it covers), then the header row and
 * the rows; the first sheet is the units with their total, the second the checklist items.
 * Texts are written as text cells, so a name that looks like a formula stays a name. SheetJS is
 * imported statically: loaded lazily, its first load under the test runner was a fetch that a
 * second request could not await ("Cannot perform I/O on behalf of a different request"), and the
 * fuzz's export requests hung.
 */
export async function reportXlsx(
  heading: ReportHeading,
  sheets: { units: Sheet; items: Sheet },
  producedAt: number,
): Promise<ArrayBuffer> {
  const book = utils.book_new();
  const title = [
    [heading.title],
    ...heading.lines.map(([label, value]) => [`${label}: ${value}`]),
    ...(heading.runningNote ? [[heading.runningNote]] : []),
    [],
  ];
  for (const sheet of [sheets.units, sheets.items]) {
    const body = sheet.rows.map((row) => row.map((cell, i) => cellOf(cell, sheet.columns[i]!.kind)));
    const grid = utils.aoa_to_sheet([...title, sheet.columns.map((column) => column.header), ...body]);
    grid['!cols'] = sheet.columns.map((column) => ({ wch: WIDTHS[column.kind] }));
    utils.book_append_sheet(book, grid, sheet.name);
  }
  book.Props = { Title: heading.title, CreatedDate: new Date(producedAt) };
  return write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
}
