import { parseProcedureCode } from '../../shared/procedure/procedure-code.ts';
import { normalizeVi } from '../../shared/text/normalize-vi.ts';
import { sha256Hex } from '../crypto/sha256-hex.ts';
import type { ProcedureRecord } from '../db/list-procedure-records.ts';
import {
  IMPORT_KINDS,
  type ImportKind,
  type ImportPlan,
  type PlannedRow,
  type ProcedureField,
} from './import-plan.ts';
import type { ImportRow } from './import-rows.ts';

const FIELDS: ProcedureField[] = ['code', 'name', 'field', 'level', 'state', 'decisionNo'];

/**
 * The key of a procedure without a code: `local-` and 16 hex digits of the SHA-256 of its name in
 * loose normal form (no accents, case, punctuation or extra spaces). The same name gives the same
 * key in every file and every unit, so two schools importing one procedure share it.
 */
export const localKey = async (name: string) =>
  `local-${(await sha256Hex(normalizeVi(name, { loose: true }))).slice(0, 16)}`;

/** The base code of a cell that holds exactly one code (`2.002481`, `1.000656.000.00.00.H29`). */
function baseCode(cell: string): string | null {
  const code = parseProcedureCode(cell);
  return code && cell === (code.suffix ? `${code.base}.${code.suffix}` : code.base) ? code.base : null;
}

/** "Tình trạng": the portal's words for an abolished procedure, as its legacy pages use them. */
function readState(text: string): 'active' | 'abolished' | null {
  const words = normalizeVi(text, { loose: true });
  if (/bai bo|het hieu luc|dinh chi|abolished/.test(words)) return 'abolished';
  if (/hieu luc|dang ap dung|active/.test(words)) return 'active';
  return null;
}

/** "Cấp thực hiện" as the catalogue writes it: `Cấp Tỉnh, Cấp Xã` → `tỉnh, xã`. */
const readLevel = (text: string) =>
  text
    .split(/[,;]/)
    .map((part) => normalizeVi(part).replace(/^cấp /, ''))
    .filter(Boolean)
    .join(', ');

/** Texts that differ only in case or spacing are the same (the catalogue keeps its own). */
const same = (a: string | null, b: string | null) => normalizeVi(a ?? '') === normalizeVi(b ?? '');

/**
 * The plan of an import into one unit, row by row, against the catalogue as it is now and the
 * unit's assignments; rows are taken in file order, each seeing what the rows above it plan.
 *
 * Which procedure a row is: with a code, the procedure of that base code (a new one gets the base
 * code as key); failing that, a procedure without a code of the same name, which gains the code
 * (its key, and the answers stored under it, stay). Without a code, the first procedure (in key
 * order) of the same name in loose form, else a new one under {@link localKey}. A second row that
 * lands on the same procedure is a duplicate.
 *
 * Empty cells never clear a stored value; a code already stored is never replaced. A row whose
 * "Tình trạng" says abolished marks the procedure abolished and never assigns it; an abolished
 * procedure missing from the catalogue is not added.
 */
export async function planImport(
  rows: ImportRow[],
  catalogue: ProcedureRecord[],
  assigned: ReadonlySet<string>,
): Promise<ImportPlan> {
  const byKey = new Map(catalogue.map((procedure) => [procedure.key, procedure]));
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>();
  const codelessByName = new Map<string, string>();
  const remember = (procedure: ProcedureRecord) => {
    byKey.set(procedure.key, procedure);
    const name = normalizeVi(procedure.name, { loose: true });
    if (procedure.code) byCode.set(procedure.code, procedure.key);
    if (!byName.has(name)) byName.set(name, procedure.key);
    if (!procedure.code && !codelessByName.has(name)) codelessByName.set(name, procedure.key);
  };
  for (const procedure of [...catalogue].sort((a, b) => (a.key < b.key ? -1 : 1))) remember(procedure);

  const seen = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const { row, cells, tooLong } of rows) {
    const shown = { row, code: cells.code, name: cells.name, field: cells.field };
    const skip = (why: PlannedRow['why'], about?: PlannedRow['about']) =>
      planned.push({ ...shown, kind: 'skip', why, ...(about ? { about } : {}) });
    if (tooLong) {
      skip('importWhyTooLong');
      continue;
    }
    if (!cells.code && !cells.name) {
      skip('importWhyNoCodeNoName');
      continue;
    }
    const code = cells.code ? baseCode(cells.code) : null;
    if (cells.code && !code) {
      skip('importWhyBadCode', { code: cells.code });
      continue;
    }
    const looseName = normalizeVi(cells.name, { loose: true });
    const key = code
      ? (byCode.get(code) ??
        (byKey.has(code) ? code : undefined) ??
        (cells.name ? codelessByName.get(looseName) : undefined) ??
        code)
      : (byName.get(looseName) ?? (await localKey(cells.name)));
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      skip('importWhyDuplicate', { row: earlier });
      continue;
    }
    seen.set(key, row);

    const state = readState(cells.state);
    const incoming: Record<ProcedureField, string | null> = {
      code,
      name: cells.name || null,
      field: cells.field || null,
      level: readLevel(cells.level) || null,
      state,
      decisionNo: cells.decision || null,
    };
    const existing = byKey.get(key);
    if (!existing) {
      if (state === 'abolished') skip('importWhyAbolishedNew');
      else if (!cells.name) skip('importWhyNoName');
      else {
        const set = {
          code,
          name: cells.name,
          field: incoming.field ?? '',
          level: incoming.level ?? '',
          state: 'active' as const,
          decisionNo: incoming.decisionNo,
        };
        remember({ key, ...set });
        planned.push({
          ...shown,
          kind: 'add',
          why: code ? 'importWhyNew' : 'importWhyNewLocal',
          key,
          set: Object.fromEntries(Object.entries(set).filter(([, value]) => value !== null)),
          assign: true,
        });
      }
      continue;
    }

    const changes = FIELDS.filter(
      (field) =>
        incoming[field] !== null &&
        (field === 'code' ? existing.code === null : !same(incoming[field], existing[field])),
    );
    const set = Object.fromEntries(changes.map((field) => [field, incoming[field] as string]));
    const isAssigned = assigned.has(key);
    if (state === 'abolished') {
      if (changes.length === 0) skip('importWhyAbolishedKnown');
      else
        planned.push({ ...shown, kind: 'change', why: 'importWhyAbolish', changes, key, set, assign: false });
    } else if (changes.length > 0)
      planned.push({
        ...shown,
        kind: 'change',
        why: isAssigned ? 'importWhyChange' : 'importWhyChangeAssign',
        changes,
        key,
        set,
        assign: !isAssigned,
      });
    else if (!isAssigned)
      planned.push({ ...shown, kind: 'assign', why: 'importWhyAssign', key, assign: true });
    else skip('importWhyAssigned');
    if (changes.length > 0) remember({ ...existing, ...set } as ProcedureRecord);
  }
  const counts = Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, 0])) as Record<ImportKind, number>;
  for (const { kind } of planned) counts[kind] += 1;
  return { rows: planned, counts };
}
