import type { FieldClocks } from '../../shared/sync/answer-fields.ts';
import { MAX_CLOCK_SKEW_MS, trustedNow } from '../../shared/sync/clock-skew.ts';
import { decodeHlc, encodeHlc, latestHlc } from '../../shared/sync/hlc.ts';
import type { CongKhaiDatabase } from './database.ts';
import { nextStamp } from './next-stamp.ts';
import { readClientId } from './read-client-id.ts';
import { readMeta } from './read-meta.ts';

/**
 * Takes in the server's time from one of its answers, inside the caller's transaction (tables
 * `meta`, `outbox`, `answers`), and returns the time to stamp writes with from now on.
 *
 * It stores the clock offset, so later writes use the server's time while the device clock is
 * off by more than 60 s (shared/sync/clock-skew.ts). A stored clock more than 60 s ahead of the
 * server is set back to the server's time, and waiting writes stamped that far ahead are stamped
 * again, in outbox order, with the fields of their rows that still hold those stamps: the server
 * would refuse them `clock_ahead` for as long as the clock had been ahead (issue #6). No stamp
 * that far ahead can have come from the server, which refuses them, so they are all this device's.
 */
export async function adoptServerTime(
  db: CongKhaiDatabase,
  serverTime: number,
  receivedAt: number,
): Promise<number> {
  const clock = { offset: serverTime - receivedAt, serverTime };
  await db.meta.put({ key: 'serverClock', value: clock });
  const now = trustedNow(receivedAt, clock);
  const limit = serverTime + MAX_CLOCK_SKEW_MS;
  const isAhead = (stamp: string) => decodeHlc(stamp).wall > limit;

  // Stamps sort as strings in clock order; every stamp with a wall time past `limit` sorts after this.
  const lastAllowed = `${encodeHlc({ wall: limit, counter: 99_999, node: '' })}~`;
  const held = await readMeta(db, 'hlc');
  if (held !== undefined && isAhead(held)) {
    // Back to the server's time, but never below a waiting write that stays: writes stamped
    // again below must still come after it, as they did.
    const kept = await db.outbox.where('hlc').belowOrEqual(lastAllowed).last();
    await db.meta.put({
      key: 'hlc',
      value: latestHlc(encodeHlc({ wall: now, counter: 0, node: decodeHlc(held).node }), kept?.hlc)!,
    });
  }
  const ahead = await db.outbox.where('hlc').above(lastAllowed).sortBy('seq');
  if (ahead.length === 0) return now;

  const clientId = await readClientId(db);
  for (const entry of ahead) {
    const row = await db.answers.get([entry.subject, entry.itemId]);
    const sane = Object.fromEntries(
      Object.entries(row?.clocks ?? {}).filter(([, stamp]) => !isAhead(stamp)),
    ) as FieldClocks;
    const stamp = await nextStamp(db, clientId, now, sane);
    await db.outbox.update(entry.seq!, { hlc: stamp });
    if (!row) continue;
    const clocks: FieldClocks = { ...row.clocks };
    for (const field of Object.keys(entry.fields) as (keyof FieldClocks)[])
      if (clocks[field] === entry.hlc) clocks[field] = stamp;
    await db.answers.put({ ...row, clocks });
  }
  return now;
}
