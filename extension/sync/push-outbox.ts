import { MAX_PUSH_MUTATIONS, PushResponseSchema, type PushResult } from '../../shared/sync/protocol.ts';
import { acknowledgePushed } from '../db/acknowledge-pushed.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import { callServer, type Server } from './call-server.ts';
import { ServerError } from './server-error.ts';

/**
 * Pushes the outbox oldest first in batches of {@link MAX_PUSH_MUTATIONS} until it is empty,
 * removing what each response acknowledges. Entries written during the push go out in a later
 * batch. Replaying a batch after a lost response is safe: the server skips `seq ≤ lastSeq`.
 *
 * @returns the rejected mutations, for the caller to report.
 */
export async function pushOutbox(
  db: CongKhaiDatabase,
  server: Server,
  clientId: string,
  unitId: string,
): Promise<PushResult[]> {
  const rejected: PushResult[] = [];
  for (;;) {
    const entries = await db.outbox.orderBy('seq').limit(MAX_PUSH_MUTATIONS).toArray();
    if (entries.length === 0) return rejected;
    const mutations = entries.map((entry) => ({
      seq: entry.seq!,
      unitId: entry.unitId ?? unitId,
      subject: entry.subject,
      itemId: entry.itemId,
      fields: entry.fields,
      hlc: entry.hlc,
    }));
    const response = await callServer(server, '/api/v1/sync/push', PushResponseSchema, {
      v: 1,
      clientId,
      mutations,
    });
    const outcome = await acknowledgePushed(db, response);
    rejected.push(...outcome.rejected);
    // A server that acknowledges nothing would make this loop forever.
    if (outcome.removed === 0)
      throw new ServerError(200, 'not_acknowledged', 'Máy chủ không xác nhận thay đổi nào.');
  }
}
