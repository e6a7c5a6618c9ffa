import * as v from 'valibot';
import { TEMPLATE_VERSION } from '../../shared/checklist/checklist-items.ts';
import {
  type AnswerFields,
  CLEARED,
  type CONTENT_FIELDS,
  isCleared,
} from '../../shared/sync/answer-fields.ts';
import { trustedNow } from '../../shared/sync/clock-skew.ts';
import { mergeAnswer } from '../../shared/sync/merge-answer.ts';
import { MutationSchema } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from './database.ts';
import { nextStamp } from './next-stamp.ts';
import { isPostingDate } from './posted-at.ts';
import { readClientId } from './read-client-id.ts';
import { readMeta } from './read-meta.ts';
import { recordBaselines } from './record-baselines.ts';
import { rejudgeScans } from './rejudge-scans.ts';

export interface AnswerInput {
  subject: string;
  itemId: string;
  /**
   * Only the fields the person changed (null clears one); `checkedBy/At` and the template
   * version are added here.
   */
  fields: Pick<AnswerFields, (typeof CONTENT_FIELDS)[number]>;
}

/**
 * Every table a write of an answer reads or writes (the answer, its outbox entry, the clock, the
 * scans, baselines, catalogue and site scans it re-judges, its photos): whoever writes answers in a
 * transaction of its own opens it on these.
 */
export const answerWriteTables = (db: CongKhaiDatabase) => [
  db.answers,
  db.outbox,
  db.meta,
  db.scans,
  db.baselines,
  db.catalogue,
  db.siteScans,
  db.photos,
];

/**
 * Records a person's answer: the merged `answers` row and its `outbox` mutation are written in one
 * transaction, so either both exist or neither does. The stamp ticks from the device clock
 * (the server's time instead while the device clock is wrong, see shared/sync/clock-skew.ts) and
 * from every stamp the row already holds, so the write wins over what the person saw. The same
 * transaction records the change watch's baseline: which page fingerprint the answer was given
 * against (see `recordBaselines`; local only, never synced).
 *
 * Offline nothing else happens: the outbox keeps the mutation until a sync pushes it (the caller
 * asks the background for one; the alarm retries). If the server refuses it or a newer write wins,
 * the sync puts back the server's value and keeps a note of the lost one (see `acknowledgePushed`).
 *
 * An answer the server could never accept (a page known only by its URL, a note over the limit)
 * is refused here with {@link InvalidAnswerError}, before anything is written: an outbox entry
 * that every push would fail on must never exist.
 *
 * @param deviceNow this device's clock (a parameter for tests)
 * @returns the HLC stamp of this write.
 */
export async function saveAnswer(
  db: CongKhaiDatabase,
  input: AnswerInput,
  deviceNow = Date.now(),
): Promise<string> {
  return db.transaction('rw', answerWriteTables(db), async () => {
    const clientId = await readClientId(db);
    const now = trustedNow(deviceNow, await readMeta(db, 'serverClock'));
    const key = { subject: input.subject, itemId: input.itemId };
    const current = await db.answers.get([input.subject, input.itemId]);
    const hlc = await nextStamp(db, clientId, now, current?.clocks);

    const fields: AnswerFields = {
      ...input.fields,
      checkedBy: (await readMeta(db, 'deviceLabel')) || (await readMeta(db, 'deviceId')) || clientId,
      checkedAt: now,
      templateVersion: TEMPLATE_VERSION,
    };
    const unit = await readMeta(db, 'unit');
    const check = v.safeParse(MutationSchema, { seq: 1, unitId: unit?.id ?? 'unit', ...key, fields, hlc });
    if (!check.success) throw new InvalidAnswerError(v.summarize(check.issues));

    const { next } = mergeAnswer(current ?? null, fields, hlc);
    await db.answers.put({ ...key, ...next, updatedAt: now });
    await db.outbox.add({ unitId: unit?.id ?? null, ...key, fields, hlc });
    if (!isCleared(fields)) await recordBaselines(db, input.subject, input.itemId, now);
    // A posting date is what P23 compares with the decision: judge the procedure's scans again.
    if (isPostingDate(input.itemId) && 'date' in input.fields) await rejudgeScans(db, input.subject);
    return hlc;
  });
}

/**
 * Clears an answer: its status, note and evidence become null with a fresh stamp, a tombstone
 * that syncs like any write (every device of the unit clears it, a newer write elsewhere wins).
 */
export const clearAnswer = (
  db: CongKhaiDatabase,
  key: Pick<AnswerInput, 'subject' | 'itemId'>,
  deviceNow = Date.now(),
): Promise<string> => saveAnswer(db, { ...key, fields: CLEARED }, deviceNow);

/** An answer the sync protocol cannot carry; the message says which part is wrong. */
export class InvalidAnswerError extends Error {
  override name = 'InvalidAnswerError';
}
