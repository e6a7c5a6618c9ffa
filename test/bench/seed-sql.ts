import { PROCEDURE_ITEMS, TEMPLATE_VERSION, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { encodeHlc } from '../../shared/sync/hlc.ts';
import { sha256Hex } from '../../worker/crypto/sha256-hex.ts';

/**
 * SQL that seeds the sync bench's D1 state (schema: worker/migrations), run with
 * `wrangler d1 execute --local`. Bulk rows come from one `INSERT … WITH RECURSIVE` each, so
 * even 10^6 answers are a single statement. No string holds `;` (wrangler splits files on it).
 */

/** Every item id of the checklist: P01–P23 then U01–U15 (38). */
export const ITEM_IDS = [...PROCEDURE_ITEMS, ...UNIT_ITEMS].map((item) => item.id);

/** The key of the bench's n-th procedure (1-based): `bench-p0001`… */
export const procedureKey = (n: number): string => `bench-p${String(n).padStart(4, '0')}`;

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** A recursive CTE counting `i` from 0 to `count` − 1. */
const counting = (count: number, name = 'n'): string =>
  `WITH RECURSIVE ${name}(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM ${name} WHERE i < ${count - 1})`;

/** The bench's procedures `bench-p0001`…, for assignments. */
export const proceduresSql = (count: number): string => `
INSERT OR IGNORE INTO procedure (key, code, name, field, level)
${counting(count)}
SELECT printf('bench-p%04d', i + 1), NULL, printf('Thủ tục đo hiệu năng %d', i + 1), 'Đo hiệu năng', 'xã' FROM n;`;

/** A ward with the first `procedures` bench procedures assigned to it. */
export const unitSql = (unitId: string, procedures: number): string => `
INSERT INTO org_unit (id, kind, name, parent_id, valid_from) VALUES (${quote(unitId)}, 'ward', ${quote(`Phường đo ${unitId}`)}, NULL, '2025-07-01');
INSERT INTO assignment (unit_id, procedure_key)
${counting(procedures)}
SELECT ${quote(unitId)}, printf('bench-p%04d', i + 1) FROM n;`;

/** A one-time enrolment code of a unit; like the seed, it stores the SHA-256 of the upper-case code. */
export async function enrolCodeSql(unitId: string, code: string): Promise<string> {
  const hash = await sha256Hex(code.trim().toUpperCase());
  const now = Date.now();
  return `
INSERT INTO enrol_code (code_hash, unit_id, expires_at, created_at) VALUES (${quote(hash)}, ${quote(unitId)}, ${now + 86_400_000}, ${now});`;
}

export interface AnswersSpec {
  /** One unit id, or `prefix` + a 4-digit number for each of `units` units from `first` on. */
  unit: string | { prefix: string; first: number; units: number };
  rowsPerUnit: number;
  /** The wall time of the rows' stamps and `checkedAt`: before any write the bench makes. */
  wall: number;
}

/**
 * Answers of one or many units in a single `INSERT … WITH RECURSIVE`: in each unit row j
 * (0-based) is subject `bench-p{j / 38 + 1}` × item id `ITEM_IDS[j % 38]` (the pull reads rows
 * as stored; only pushes check subjects and scopes) with version j + 1, and the unit's counter is
 * set to `rowsPerUnit`. Fields and stamps are those of a real answer: status, note, checkedBy,
 * checkedAt and templateVersion, each with its own HLC stamp.
 */
export function answersSql({ unit, rowsPerUnit, wall }: AnswersSpec): string {
  const units = typeof unit === 'string' ? 1 : unit.units;
  const total = units * rowsPerUnit;
  const unitExpr =
    typeof unit === 'string'
      ? quote(unit)
      : `printf('${unit.prefix}%04d', ${unit.first} + i / ${rowsPerUnit})`;
  const fields = JSON.stringify({
    status: 'dat',
    note: 'Đã niêm yết đầy đủ tại bộ phận một cửa',
    checkedBy: 'Máy đo hiệu năng',
    checkedAt: wall,
    templateVersion: TEMPLATE_VERSION,
  });
  // Every field carries the row's stamp; `@` stands for it, replaced per row.
  const clocks = JSON.stringify(
    Object.fromEntries(['status', 'note', 'checkedBy', 'checkedAt', 'templateVersion'].map((f) => [f, '@'])),
  );
  const stamp = `printf('%s:%05d:bench-seed', ${quote(encodeHlc({ wall, counter: 0, node: 'x' }).slice(0, 15))}, i % 100000)`;
  const itemCase = `CASE (i % ${rowsPerUnit}) % 38 ${ITEM_IDS.map((id, k) => `WHEN ${k} THEN '${id}'`).join(' ')} END`;
  const unitIds =
    typeof unit === 'string'
      ? `SELECT ${quote(unit)}, ${rowsPerUnit} WHERE true`
      : `${counting(units, 'u')} SELECT printf('${unit.prefix}%04d', ${unit.first} + i), ${rowsPerUnit} FROM u WHERE true`;
  const orgUnits =
    typeof unit === 'string'
      ? ''
      : `
INSERT INTO org_unit (id, kind, name, parent_id, valid_from)
${counting(units, 'u')}
SELECT printf('${unit.prefix}%04d', ${unit.first} + i), 'ward', printf('Phường đo %d', ${unit.first} + i), NULL, '2025-07-01' FROM u;`;
  return `${orgUnits}
INSERT INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
${counting(total)}
SELECT ${unitExpr}, printf('bench-p%04d', (i % ${rowsPerUnit}) / 38 + 1), ${itemCase},
  ${quote(fields)}, replace(${quote(clocks)}, '@', ${stamp}), i % ${rowsPerUnit} + 1, 0, ${wall}
FROM n;
INSERT INTO unit_counter (unit_id, version) ${unitIds}
ON CONFLICT (unit_id) DO UPDATE SET version = excluded.version;`;
}
