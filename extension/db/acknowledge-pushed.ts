import type { PushResponse } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from './database.ts';

/**
 * Removes every outbox entry the server has acknowledged (`seq ≤ lastSeq`), rejected ones
 * included, so the outbox always drains (ARCHITECTURE.md §3).
 *
 * @returns how many entries left the outbox and the rejections, for the caller to report.
 */
export async function acknowledgePushed(
  db: CongKhaiDatabase,
  response: PushResponse,
): Promise<{ removed: number; rejected: PushResponse['results'] }> {
  const removed = await db.outbox.where('seq').belowOrEqual(response.lastSeq).delete();
  const rejected = response.results.filter((result) => result.status === 'rejected');
  return { removed, rejected };
}
