import type { FieldClocks } from '../../shared/sync/answer-fields.ts';
import { decodeHlc, encodeHlc, latestHlc, tickHlc } from '../../shared/sync/hlc.ts';
import type { CongKhaiDatabase } from './database.ts';
import { readMeta } from './read-meta.ts';

/**
 * Issues the HLC stamp of a local write and stores it as the device's clock; call it inside the
 * write's transaction. It ticks from the latest of the stored clock and the stamps the row already
 * holds, so a write always wins over the value the person saw on screen, even one restored from
 * the server or pulled while a local write was waiting (docs/architecture.md §3).
 */
export async function nextStamp(
  db: CongKhaiDatabase,
  clientId: string,
  now: number,
  rowClocks: FieldClocks | undefined,
): Promise<string> {
  const last = latestHlc(await readMeta(db, 'hlc'), ...Object.values(rowClocks ?? {}));
  const hlc = encodeHlc(tickHlc(last === undefined ? null : decodeHlc(last), now, clientId));
  await db.meta.put({ key: 'hlc', value: hlc });
  return hlc;
}
