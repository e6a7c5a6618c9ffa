import * as v from 'valibot';
import { TEMPLATE_VERSION } from '../../shared/checklist/checklist-items.ts';
import type { AnswerFields } from '../../shared/sync/answer-fields.ts';
import { decodeHlc, encodeHlc, tickHlc } from '../../shared/sync/hlc.ts';
import { mergeAnswer } from '../../shared/sync/merge-answer.ts';
import { MutationSchema } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from './database.ts';
import { readClientId } from './read-client-id.ts';
import { recordBaselines } from './record-baselines.ts';

export interface AnswerInput {
  subject: string;
  itemId: string;
  /** Only the fields the person changed; `checkedBy/At` and the template version are added here. */
  fields: Pick<AnswerFields, 'status' | 'note' | 'evidence'>;
}

/**
 * Records a person's answer: the merged `answers` row and its `outbox` mutation are written in one
 * transaction, stamped with a fresh HLC ticked from `meta`, so either both exist or neither does.
 * The same transaction records the change watch's baseline: which page fingerprint the answer
 * was given against (see `recordBaselines`; local only, never synced).
 *
 * Offline nothing else happens: the outbox keeps the mutation until a sync pushes it (the caller
 * asks the background for one; the alarm retries). If the server rejects the mutation it is still
 * acknowledged and leaves the outbox; the sync records the reason in `meta.lastError` and puts
 * back the server's value for the fields it did not accept (see `acknowledgePushed`).
 *
 * An answer the server could never accept (a page known only by its URL, a note over the limit)
 * is refused here with {@link InvalidAnswerError}, before anything is written: an outbox entry
 * that every push would fail on must never exist.
 *
 * @returns the HLC stamp of this write.
 */
export async function saveAnswer(
  db: CongKhaiDatabase,
  input: AnswerInput,
  now = Date.now(),
): Promise<string> {
  const tables = [db.answers, db.outbox, db.meta, db.scans, db.baselines, db.catalogue, db.siteScans];
  return db.transaction('rw', tables, async () => {
    const clientId = await readClientId(db);
    const last = (await db.meta.get('hlc'))?.value;
    const hlc = encodeHlc(tickHlc(typeof last === 'string' ? decodeHlc(last) : null, now, clientId));
    await db.meta.put({ key: 'hlc', value: hlc });

    const checkedBy = (await db.meta.get('deviceId'))?.value;
    const fields: AnswerFields = {
      ...input.fields,
      checkedBy: typeof checkedBy === 'string' ? checkedBy : clientId,
      checkedAt: now,
      templateVersion: TEMPLATE_VERSION,
    };
    const key = { subject: input.subject, itemId: input.itemId };
    const current = await db.answers.get([input.subject, input.itemId]);
    const { next } = mergeAnswer(current ?? null, fields, hlc);
    await db.answers.put({ ...key, ...next, updatedAt: now });

    const unit = (await db.meta.get('unit'))?.value as { id: string } | undefined;
    const check = v.safeParse(MutationSchema, { seq: 1, unitId: unit?.id ?? 'unit', ...key, fields, hlc });
    if (!check.success) throw new InvalidAnswerError(v.summarize(check.issues));
    await db.outbox.add({ unitId: unit?.id ?? null, ...key, fields, hlc });
    await recordBaselines(db, input.subject, input.itemId, now);
    return hlc;
  });
}

/** An answer the sync protocol cannot carry; the message says which part is wrong. */
export class InvalidAnswerError extends Error {
  override name = 'InvalidAnswerError';
}
