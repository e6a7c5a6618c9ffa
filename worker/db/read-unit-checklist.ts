import { UNIT_SUBJECT } from '../../shared/sync/protocol.ts';
import { vietnameseOrder } from '../report/vietnamese-order.ts';

/** A subject's item bits at the end of a period (worker/migrations/0006_dashboard.sql). */
export interface SubjectState {
  /** Items answered at all by then; 0 when the subject had no history row yet. */
  answered: number;
  metMask: number;
  failMask: number;
  checkedAt: number | null;
}

export interface ProcedureState extends SubjectState {
  key: string;
  code: string | null;
  name: string;
  field: string;
}

const NONE: SubjectState = { answered: 0, metMask: 0, failMask: 0, checkedAt: null };

/** The last history row of a subject on or before the period's last day (`?2`). */
const LATEST = `h.day = (SELECT max(day) FROM procedure_history
  WHERE unit_id = h.unit_id AND subject = h.subject AND day <= ?2)`;

/**
 * A unit's checklist at the end of a period: each assigned procedure (Vietnamese name order; only
 * `onlyKey` when given) and the unit items with their item bits, read from the history the pushes
 * keep, so a past period shows what was known then. Two indexed reads, whatever the number of
 * answers.
 */
export async function readUnitChecklist(
  db: D1Database,
  unitId: string,
  end: string,
  onlyKey: string | null = null,
): Promise<{ procedures: ProcedureState[]; unitItems: SubjectState }> {
  const [procedures, unitItems] = await db.batch<Record<string, number | string | null>>([
    db
      .prepare(
        `SELECT p.key, p.code, p.name, p.field, h.answered, h.met_mask AS metMask, h.fail_mask AS failMask,
           h.checked_at AS checkedAt
         FROM assignment a JOIN procedure p ON p.key = a.procedure_key
         LEFT JOIN procedure_history h ON h.unit_id = a.unit_id AND h.subject = a.procedure_key AND ${LATEST}
         WHERE a.unit_id = ?1 AND (?3 IS NULL OR a.procedure_key = ?3)`,
      )
      .bind(unitId, end, onlyKey),
    db
      .prepare(
        `SELECT h.answered, h.met_mask AS metMask, h.fail_mask AS failMask, h.checked_at AS checkedAt
         FROM procedure_history h WHERE h.unit_id = ?1 AND h.subject = ?3 AND ${LATEST}`,
      )
      .bind(unitId, end, UNIT_SUBJECT),
  ]);
  const unitRow = unitItems!.results[0];
  return {
    procedures: procedures!.results
      .map((row) => ({
        key: String(row.key),
        code: (row.code as string | null) ?? null,
        name: String(row.name),
        field: String(row.field),
        ...toState(row),
      }))
      .sort((a, b) => vietnameseOrder(a.name, b.name)),
    unitItems: unitRow ? toState(unitRow) : NONE,
  };
}

export const toState = (row: Record<string, number | string | null>): SubjectState => ({
  answered: Number(row.answered ?? 0),
  metMask: Number(row.metMask ?? 0),
  failMask: Number(row.failMask ?? 0),
  checkedAt: row.checkedAt === null || row.checkedAt === undefined ? null : Number(row.checkedAt),
});
