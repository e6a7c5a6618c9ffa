import type { AnswerField, AnswerFields, FieldClocks } from '../../shared/sync/answer-fields.ts';
import { decodeHlc, encodeHlc, receiveHlc } from '../../shared/sync/hlc.ts';
import { mergeAnswer } from '../../shared/sync/merge-answer.ts';
import type { PullResponse } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from './database.ts';
import { readClientId } from './read-client-id.ts';

/**
 * Applies one page of pulled rows with the same field-level LWW the server uses, in one
 * transaction with the cursor. A field that still has an unacknowledged outbox mutation is left
 * alone (read-your-writes): the server has not seen the local value yet, and the next push
 * settles it. The cursor only moves forward, and the local clock moves past every pulled stamp.
 */
export async function applyPulledRows(
  db: CongKhaiDatabase,
  page: PullResponse,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.answers, db.outbox, db.meta], async () => {
    const clientId = await readClientId(db);
    const unit = (await db.meta.get('unit'))?.value as { id: string } | undefined;
    const pending = new Set<string>();
    await db.outbox.each((entry) => {
      for (const field of Object.keys(entry.fields)) pending.add(`${entry.subject}|${entry.itemId}|${field}`);
    });

    const held = (await db.meta.get('hlc'))?.value;
    let clock = typeof held === 'string' ? decodeHlc(held) : null;
    for (const row of page.rows) {
      if (unit && row.unitId !== unit.id) continue;
      const isPending = (field: string) => pending.has(`${row.subject}|${row.itemId}|${field}`);
      const current = (await db.answers.get([row.subject, row.itemId])) ?? null;
      if (row.deleted) {
        const keepsLocal = Object.keys(current?.fields ?? {}).some(isPending);
        if (!keepsLocal) await db.answers.delete([row.subject, row.itemId]);
        continue;
      }
      const incoming: AnswerFields = {};
      const clocks: FieldClocks = {};
      for (const [field, value] of Object.entries(row.fields) as [AnswerField, unknown][]) {
        const stamp = row.clocks[field];
        if (stamp === undefined || isPending(field)) continue;
        (incoming as Record<string, unknown>)[field] = value;
        clocks[field] = stamp;
        clock = receiveHlc(clock, decodeHlc(stamp), now, clientId);
      }
      const { next, applied } = mergeAnswer(current, incoming, clocks);
      if (applied.length > 0) {
        await db.answers.put({ subject: row.subject, itemId: row.itemId, ...next, updatedAt: now });
      }
    }

    if (clock) await db.meta.put({ key: 'hlc', value: encodeHlc(clock) });
    const cursor = (await db.meta.get('cursor'))?.value;
    await db.meta.put({
      key: 'cursor',
      value: Math.max(typeof cursor === 'number' ? cursor : 0, page.cursor),
    });
  });
}
