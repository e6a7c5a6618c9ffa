import { isBaseCode } from '../procedure/procedure-code.ts';
import { parseCsv } from './parse-csv.ts';

/** One procedure of a unit's catalogue (the columns of the city's education list). */
export interface CatalogueEntry {
  code: string | null;
  name: string;
  field: string;
  level: string;
}

const REQUIRED = ['code', 'name', 'field', 'level'] as const;

/**
 * Reads a catalogue CSV with a header row naming at least `code,name,field,level`
 * (extra columns such as `code_status`, `note` are ignored). Throws a `SyntaxError` that says
 * what is wrong when the header or a code is malformed.
 */
export function parseCatalogueCsv(text: string): CatalogueEntry[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) throw new SyntaxError('The catalogue is empty.');
  const index = Object.fromEntries(REQUIRED.map((column) => [column, header.indexOf(column)]));
  const missing = REQUIRED.filter((column) => index[column] === -1);
  if (missing.length) throw new SyntaxError(`The catalogue lacks the column(s): ${missing.join(', ')}.`);
  return rows
    .filter((cells) => cells.some((cell) => cell.trim() !== ''))
    .map((cells, i) => {
      const cell = (column: (typeof REQUIRED)[number]) => (cells[index[column] ?? -1] ?? '').trim();
      const code = cell('code');
      if (code && !isBaseCode(code))
        throw new SyntaxError(`Row ${i + 2}: "${code}" is not a procedure code.`);
      return { code: code || null, name: cell('name'), field: cell('field'), level: cell('level') };
    });
}
