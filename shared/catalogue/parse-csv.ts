/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. Returns rows of
 * cells; a trailing empty line is dropped. Small enough that a library would cost more than it
 * saves in the extension bundle.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (quoted) throw new SyntaxError('CSV ends inside a quoted field.');
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
