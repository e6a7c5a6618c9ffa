import type { AnswerField } from '../../shared/sync/answer-fields.ts';
import type { PushResponse, SyncRow } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase, OutboxRow } from './database.ts';

/**
 * Removes every outbox entry the server has acknowledged (`seq ≤ lastSeq`), rejected ones
 * included, so the outbox always drains (docs/architecture.md §3). A mutation the server did not
 * take (`superseded`: a newer write won; `rejected`: refused) comes back with the server's row,
 * and its fields are set back to what the server holds — unless a later local write to the same
 * field is still waiting — so a lost or refused value does not linger on this device alone.
 *
 * @returns how many entries left the outbox and the rejections, for the caller to report.
 */
export async function acknowledgePushed(
  db: CongKhaiDatabase,
  response: PushResponse,
  now = Date.now(),
): Promise<{ removed: number; rejected: PushResponse['results'] }> {
  return db.transaction('rw', [db.outbox, db.answers], async () => {
    const acknowledged = db.outbox.where('seq').belowOrEqual(response.lastSeq);
    const entries = new Map((await acknowledged.toArray()).map((entry) => [entry.seq, entry]));
    const removed = await acknowledged.delete();
    const waiting = new Set<string>();
    await db.outbox.each((entry) => {
      for (const field of Object.keys(entry.fields)) waiting.add(`${entry.subject}|${entry.itemId}|${field}`);
    });
    for (const result of response.results) {
      const entry = entries.get(result.seq);
      if (result.status === 'applied' || result.row === undefined || !entry) continue;
      await restoreServerValue(db, entry, result.row, waiting, now);
    }
    return { removed, rejected: response.results.filter((result) => result.status === 'rejected') };
  });
}

async function restoreServerValue(
  db: CongKhaiDatabase,
  entry: OutboxRow,
  row: SyncRow | null,
  waiting: ReadonlySet<string>,
  now: number,
): Promise<void> {
  const current = await db.answers.get([entry.subject, entry.itemId]);
  if (!current) return;
  const fields: Record<string, unknown> = { ...current.fields };
  const clocks: Record<string, string | undefined> = { ...current.clocks };
  for (const field of Object.keys(entry.fields) as AnswerField[]) {
    if (waiting.has(`${entry.subject}|${entry.itemId}|${field}`)) continue;
    const stamp = row?.deleted ? undefined : row?.clocks[field];
    if (stamp === undefined) {
      delete fields[field];
      delete clocks[field];
    } else {
      fields[field] = row?.fields[field];
      clocks[field] = stamp;
    }
  }
  if (Object.keys(fields).length === 0) await db.answers.delete([entry.subject, entry.itemId]);
  else await db.answers.put({ ...current, fields, clocks, updatedAt: now });
}
