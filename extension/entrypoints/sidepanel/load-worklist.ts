import type { ItemStatus } from '../../../shared/checklist/item-status.ts';
import { type ProcedureProgress, procedureProgress } from '../../../shared/scoring/procedure-progress.ts';
import type { CongKhaiDatabase } from '../../db/database.ts';
import { portalPageForCode } from '../../scan/portal-page-for-code.ts';

export interface WorklistRow {
  key: string;
  code: string | null;
  name: string;
  field: string;
  progress: ProcedureProgress;
  /** The change watch says the portal page changed since the answers were given. */
  recheck: boolean;
  /** Where to read the procedure on the portal: the page last scanned, else its page by code. */
  portalUrl: string | null;
}

/**
 * The unit's assigned procedures with where the unit stands on each: its answers, the change
 * watch of its scans, and the portal page to open. Read in one transaction for a live query.
 */
export async function loadWorklist(db: CongKhaiDatabase): Promise<WorklistRow[]> {
  return db.transaction('r', [db.catalogue, db.answers, db.scans], async () => {
    const [catalogue, answers, scans] = await Promise.all([
      db.catalogue.toArray(),
      db.answers.toArray(),
      db.scans.toArray(),
    ]);
    const statuses = new Map<string, Record<string, ItemStatus | null | undefined>>();
    for (const answer of answers) {
      const of = statuses.get(answer.subject) ?? {};
      of[answer.itemId] = answer.fields.status;
      statuses.set(answer.subject, of);
    }
    const latestScan = new Map<string, (typeof scans)[number]>();
    for (const scan of scans)
      if ((latestScan.get(scan.code)?.capturedAt ?? -1) < scan.capturedAt) latestScan.set(scan.code, scan);
    return catalogue.map((procedure) => {
      const scan =
        latestScan.get(procedure.key) ?? (procedure.code ? latestScan.get(procedure.code) : undefined);
      return {
        key: procedure.key,
        code: procedure.code,
        name: procedure.name,
        field: procedure.field,
        progress: procedureProgress(statuses.get(procedure.key) ?? {}),
        recheck: scans.some(
          (candidate) =>
            (candidate.code === procedure.key || candidate.code === procedure.code) &&
            Object.values(candidate.results).some((result) => result.recheck?.length),
        ),
        portalUrl: scan?.url ?? (procedure.code ? portalPageForCode(procedure.code) : null),
      };
    });
  });
}
