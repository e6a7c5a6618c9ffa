import { PROCEDURE_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import type { AnswerFields } from '../../shared/sync/answer-fields.ts';
import type { CongKhaiDatabase } from './database.ts';
import { readMeta } from './read-meta.ts';
import { answerWriteTables, clearAnswer, saveAnswer } from './save-answer.ts';

/** What "Dùng kết quả tự động" wrote, to take it back in one step. */
export interface AutomaticFill {
  subject: string;
  at: number;
  items: { itemId: string; hlc: string; before: Pick<AnswerFields, 'status' | 'evidence'> | null }[];
}

/**
 * "Dùng kết quả tự động": answers every P-item the scanner decided (met, not met, not
 * applicable) and the person has not answered yet, with the excerpt that decided it as evidence,
 * in one transaction; what it wrote is kept so {@link undoAutomatic} takes it all back. A
 * person's own answer is never overwritten.
 *
 * @returns how many items it answered.
 */
export async function acceptAutomatic(
  db: CongKhaiDatabase,
  subject: string,
  results: Readonly<Record<string, RuleResult>>,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', answerWriteTables(db), async () => {
    const fill: AutomaticFill = { subject, at: now, items: [] };
    for (const { id } of PROCEDURE_ITEMS) {
      const result = results[id];
      if (!result || result.status === 'chua_kiem_tra') continue;
      const current = await db.answers.get([subject, id]);
      if (current?.fields.status) continue;
      const evidence = result.evidence?.text.slice(0, 4000) ?? null;
      const hlc = await saveAnswer(
        db,
        { subject, itemId: id, fields: { status: result.status, evidence } },
        now,
      );
      fill.items.push({
        itemId: id,
        hlc,
        before: current
          ? { status: current.fields.status ?? null, evidence: current.fields.evidence ?? null }
          : null,
      });
    }
    if (fill.items.length > 0) await db.meta.put({ key: 'lastAutomaticFill', value: fill });
    return fill.items.length;
  });
}

/**
 * Takes back the last automatic fill in one transaction: each item returns to what it was, unless
 * the person has answered it since (then their answer stays).
 *
 * @returns how many items it took back.
 */
export async function undoAutomatic(db: CongKhaiDatabase, now = Date.now()): Promise<number> {
  return db.transaction('rw', answerWriteTables(db), async () => {
    const fill = await readMeta(db, 'lastAutomaticFill');
    if (!fill) return 0;
    let undone = 0;
    for (const { itemId, hlc, before } of fill.items) {
      const current = await db.answers.get([fill.subject, itemId]);
      if (current?.clocks.status !== hlc) continue;
      if (before) await saveAnswer(db, { subject: fill.subject, itemId, fields: before }, now);
      else await clearAnswer(db, { subject: fill.subject, itemId }, now);
      undone += 1;
    }
    await db.meta.delete('lastAutomaticFill');
    return undone;
  });
}
