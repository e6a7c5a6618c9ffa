import type { Cell, Sheet } from './report-sheets.ts';

/** Excel reads a CSV as UTF-8 only when it starts with the byte order mark. */
const BOM = '\uFEFF';

/** `YYYY-MM-DD HH:mm` in Viet Nam time: Excel reads it as a date and time in any locale. */
export const vietnamMinute = (ms: number): string =>
  new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  let text = typeof cell === 'string' ? cell : vietnamMinute(cell.at);
  // A text starting like a formula is kept as text (OWASP CSV injection): names come from people.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A sheet as CSV (RFC 4180): UTF-8 with a byte order mark, comma separated, CRLF line ends, the
 * header row first. Figures stay bare numbers with a decimal point, so they can be summed.
 */
export function reportCsv(sheet: Sheet): string {
  const lines = [
    sheet.columns.map((column) => field(column.header)),
    ...sheet.rows.map((row) => row.map(field)),
  ];
  return `${BOM}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
