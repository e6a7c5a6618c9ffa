import { type AnswerField, CONTENT_FIELDS } from '../../shared/sync/answer-fields.ts';
import { MAX_CLOCK_SKEW_MS } from '../../shared/sync/clock-skew.ts';
import { decodeHlc } from '../../shared/sync/hlc.ts';
import type { PushResponse, PushResult } from '../../shared/sync/protocol.ts';
import { adoptServerTime } from './adopt-server-time.ts';
import type { AnswerRow, CongKhaiDatabase, OutboxRow } from './database.ts';
import { nextStamp } from './next-stamp.ts';
import { readClientId } from './read-client-id.ts';
import { type Enrolment, isCurrentEnrolment } from './read-enrolment.ts';
import { waitingFields } from './waiting-fields.ts';

export interface Acknowledged {
  /** False when the device enrolled anew while the push was under way: nothing was applied. */
  current: boolean;
  removed: number;
  /** Refused mutations, for the caller to report (`clock_ahead` ones are sent again instead). */
  rejected: PushResult[];
}

/**
 * Applies a push answer in one transaction (docs/architecture.md §3):
 * - removes every outbox entry the server answered, rejected ones included, so the outbox
 *   always drains;
 * - takes in the server's time (see `adoptServerTime`);
 * - sends again, freshly stamped, a write refused `clock_ahead` (the device clock was wrong, the
 *   person's answer was not);
 * - for a result carrying the server's row (a write that did not win in full, or a replayed
 *   one), sets the entry's fields back to what the server holds, unless a later local write to
 *   the same field is still waiting, and keeps a {@link ConflictRow} for every content value
 *   of this device that the server did not keep, so nothing silently vanishes.
 * An answer for an enrolment that is no longer the stored one changes nothing.
 */
export async function acknowledgePushed(
  db: CongKhaiDatabase,
  enrolment: Pick<Enrolment, 'serverUrl' | 'clientId'>,
  response: PushResponse,
  receivedAt = Date.now(),
): Promise<Acknowledged> {
  return db.transaction('rw', [db.outbox, db.answers, db.meta, db.conflicts], async () => {
    if (!(await isCurrentEnrolment(db, enrolment))) return { current: false, removed: 0, rejected: [] };
    const answered = response.results.filter((result) => result.seq <= response.lastSeq);
    // Only results that put something back need their entry; most writes win in full.
    const settle = answered.filter((result) => result.row !== undefined || result.status === 'rejected');
    const entries = new Map(
      (await db.outbox.bulkGet(settle.map((result) => result.seq))).flatMap((entry) =>
        entry ? [[entry.seq!, entry] as const] : [],
      ),
    );
    await db.outbox.bulkDelete(answered.map((result) => result.seq));
    const now = await adoptServerTime(db, response.serverTime, receivedAt);

    const rejected: PushResult[] = [];
    for (const result of settle) {
      const entry = entries.get(result.seq);
      if (!entry) continue;
      if (result.status === 'rejected' && result.reason === 'clock_ahead') {
        await sendAgain(db, entry, now, response.serverTime + MAX_CLOCK_SKEW_MS);
        continue;
      }
      if (result.status === 'rejected') rejected.push(result);
      if (result.row !== undefined) await restoreServerValue(db, entry, result, now);
    }
    return { current: true, removed: answered.length, rejected };
  });
}

/** Queues the fields of a refused write that still show its value, under a fresh stamp. */
async function sendAgain(db: CongKhaiDatabase, entry: OutboxRow, now: number, limit: number) {
  const row = await db.answers.get([entry.subject, entry.itemId]);
  if (!row) return;
  const waiting = await waitingFields(db, entry.subject, entry.itemId);
  const fields = (Object.keys(entry.fields) as AnswerField[]).filter(
    (field) => !waiting.has(field) && row.clocks[field] === entry.hlc,
  );
  if (fields.length === 0) return;
  // Tick past the row's other stamps, but not past one as far ahead as this write's was: such a
  // stamp belongs to another refused write of this answer, sent again after this one.
  const others = Object.fromEntries(
    Object.entries(row.clocks).filter(
      ([field, stamp]) => !fields.includes(field as AnswerField) && decodeHlc(stamp!).wall <= limit,
    ),
  );
  const hlc = await nextStamp(db, await readClientId(db), now, others);
  const clocks = { ...row.clocks };
  for (const field of fields) clocks[field] = hlc;
  await db.outbox.add({
    unitId: entry.unitId,
    subject: entry.subject,
    itemId: entry.itemId,
    fields: Object.fromEntries(fields.map((field) => [field, entry.fields[field]])),
    hlc,
  });
  await db.answers.put({ ...row, clocks, updatedAt: now });
}

async function restoreServerValue(
  db: CongKhaiDatabase,
  entry: OutboxRow,
  result: PushResult,
  now: number,
): Promise<void> {
  const current = await db.answers.get([entry.subject, entry.itemId]);
  if (!current) return;
  const waiting = await waitingFields(db, entry.subject, entry.itemId);
  const row = result.row ?? null;
  const fields: Record<string, unknown> = { ...current.fields };
  const clocks: Record<string, string | undefined> = { ...current.clocks };
  for (const field of Object.keys(entry.fields) as AnswerField[]) {
    if (waiting.has(field)) continue;
    const stamp = row?.clocks[field];
    const kept = stamp === undefined ? undefined : row?.fields[field];
    if (current.clocks[field] === entry.hlc && stamp !== entry.hlc)
      await noteLostValue(db, current, entry, field, kept, result, now);
    if (stamp === undefined) {
      delete fields[field];
      delete clocks[field];
    } else {
      fields[field] = kept;
      clocks[field] = stamp;
    }
  }
  if (Object.keys(fields).length === 0) await db.answers.delete([entry.subject, entry.itemId]);
  else await db.answers.put({ ...current, fields, clocks, updatedAt: now });
}

/** Keeps a person's content value that the server replaced, unless the server holds the same. */
async function noteLostValue(
  db: CongKhaiDatabase,
  current: AnswerRow,
  entry: OutboxRow,
  field: AnswerField,
  kept: unknown,
  result: PushResult,
  now: number,
): Promise<void> {
  const lost = current.fields[field];
  if (!(CONTENT_FIELDS as readonly string[]).includes(field) || (lost ?? null) === (kept ?? null)) return;
  await db.conflicts.add({
    subject: entry.subject,
    itemId: entry.itemId,
    field,
    lostValue: lost,
    lostAt: current.fields.checkedAt ?? null,
    keptValue: kept,
    keptBy: result.row?.fields.checkedBy ?? null,
    keptAt: result.row?.fields.checkedAt ?? null,
    reason: result.status === 'rejected' ? (result.reason ?? 'rejected') : 'superseded',
    recordedAt: now,
  });
}
