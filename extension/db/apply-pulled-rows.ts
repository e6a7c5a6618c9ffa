import type { AnswerField, AnswerFields, FieldClocks } from '../../shared/sync/answer-fields.ts';
import { decodeHlc, encodeHlc, latestHlc, receiveHlc } from '../../shared/sync/hlc.ts';
import { mergeAnswer } from '../../shared/sync/merge-answer.ts';
import type { PullResponse } from '../../shared/sync/protocol.ts';
import { adoptServerTime } from './adopt-server-time.ts';
import type { CongKhaiDatabase } from './database.ts';
import { isPostingDate } from './posted-at.ts';
import { readClientId } from './read-client-id.ts';
import { type Enrolment, isCurrentEnrolment } from './read-enrolment.ts';
import { readMeta } from './read-meta.ts';
import { rejudgeScans } from './rejudge-scans.ts';
import { waitingFields } from './waiting-fields.ts';

const NOTHING: ReadonlySet<AnswerField> = new Set();

/**
 * Applies one page of pulled rows with the same field-level LWW the server uses, in one
 * transaction with the cursor. Cleared fields arrive as nulls with their stamps (tombstones) and
 * merge like any value. A field that still has an unacknowledged outbox mutation is left alone
 * (read-your-writes): the server has not seen the local value yet, and the push answer settles
 * it. The local clock moves past every pulled stamp, waiting fields' included, and the cursor
 * only moves forward.
 *
 * A page pulled for an enrolment that is no longer the stored one (the person enrolled again
 * while the pull was under way) is dropped whole, cursor included: it returns false.
 */
export async function applyPulledRows(
  db: CongKhaiDatabase,
  enrolment: Pick<Enrolment, 'serverUrl' | 'clientId' | 'unit'>,
  page: PullResponse,
  receivedAt = Date.now(),
): Promise<boolean> {
  const tables = [db.answers, db.outbox, db.meta, db.scans, db.catalogue, db.baselines, db.siteScans];
  return db.transaction('rw', tables, async () => {
    if (!(await isCurrentEnrolment(db, enrolment))) return false;
    const now = await adoptServerTime(db, page.serverTime, receivedAt);
    const clientId = await readClientId(db);
    // Usually a pull follows a push that emptied the outbox: then nothing waits.
    const outboxEmpty = (await db.outbox.count()) === 0;

    let latest: string | undefined;
    const newPostingDates = new Set<string>();
    for (const row of page.rows) {
      if (row.unitId !== enrolment.unit.id) continue;
      const pending = outboxEmpty ? NOTHING : await waitingFields(db, row.subject, row.itemId);
      const incoming: AnswerFields = {};
      const clocks: FieldClocks = {};
      for (const [field, stamp] of Object.entries(row.clocks) as [AnswerField, string][]) {
        latest = latestHlc(latest, stamp);
        if (pending.has(field) || !(field in row.fields)) continue;
        (incoming as Record<string, unknown>)[field] = row.fields[field];
        clocks[field] = stamp;
      }
      const current = (await db.answers.get([row.subject, row.itemId])) ?? null;
      const { next, applied } = mergeAnswer(current, incoming, clocks);
      if (applied.length > 0)
        await db.answers.put({ subject: row.subject, itemId: row.itemId, ...next, updatedAt: now });
      if (applied.includes('date') && isPostingDate(row.itemId)) newPostingDates.add(row.subject);
    }
    // Another device entered when the posting was updated: P23 here must say what it says there.
    for (const subject of newPostingDates) await rejudgeScans(db, subject);

    if (latest !== undefined) {
      const held = await readMeta(db, 'hlc');
      const clock = receiveHlc(held === undefined ? null : decodeHlc(held), decodeHlc(latest), now, clientId);
      await db.meta.put({ key: 'hlc', value: encodeHlc(clock) });
    }
    const cursor = (await readMeta(db, 'cursor')) ?? 0;
    await db.meta.put({ key: 'cursor', value: Math.max(cursor, page.cursor) });
    return true;
  });
}
