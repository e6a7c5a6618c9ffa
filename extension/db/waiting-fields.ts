import type { AnswerField } from '../../shared/sync/answer-fields.ts';
import type { CongKhaiDatabase } from './database.ts';

/**
 * The fields of one answer that still have a local write waiting in the outbox, read through the
 * outbox's `[subject+itemId]` index (joins the caller's transaction). A server value must not
 * overwrite them: the server has not seen the local value yet (read-your-writes).
 */
export async function waitingFields(
  db: CongKhaiDatabase,
  subject: string,
  itemId: string,
): Promise<Set<AnswerField>> {
  const entries = await db.outbox.where('[subject+itemId]').equals([subject, itemId]).toArray();
  return new Set(entries.flatMap((entry) => Object.keys(entry.fields) as AnswerField[]));
}
