import * as v from 'valibot';
import {
  MAX_PUSH_MUTATIONS,
  type Mutation,
  MutationSchema,
  PushResponseSchema,
  type PushResult,
} from '../../shared/sync/protocol.ts';
import { acknowledgePushed } from '../db/acknowledge-pushed.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import type { Enrolment } from '../db/read-enrolment.ts';
import { callServer, type Server } from './call-server.ts';
import { ServerError } from './server-error.ts';

/** Most bytes of mutations one push carries: well under the worker's 256 kB body limit. */
const MAX_PUSH_BYTES = 192 * 1024;
const encoder = new TextEncoder();
/** Batches one run sends at most (100,000 mutations); the next run goes on from there. */
const MAX_BATCHES = 500;

/**
 * Pushes the outbox oldest first in batches of at most {@link MAX_PUSH_MUTATIONS} mutations and
 * {@link MAX_PUSH_BYTES} bytes until it is empty, applying each answer (see `acknowledgePushed`).
 * Entries written during the push, and writes sent again after a `clock_ahead` refusal, go out
 * in a later batch. Replaying a batch after a lost answer is safe: the server answers seqs it
 * has seen from its record of them. Stops when the device enrolled anew meanwhile.
 *
 * @returns the refused mutations, for the caller to report.
 */
export async function pushOutbox(
  db: CongKhaiDatabase,
  server: Server,
  enrolment: Enrolment,
  now: () => number = Date.now,
): Promise<PushResult[]> {
  const rejected: PushResult[] = [];
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const entries = await db.outbox.orderBy('seq').limit(MAX_PUSH_MUTATIONS).toArray();
    if (entries.length === 0) break;
    const mutations: Mutation[] = [];
    let bytes = 0;
    for (const entry of entries) {
      const mutation = {
        seq: entry.seq!,
        unitId: entry.unitId ?? enrolment.unit.id,
        subject: entry.subject,
        itemId: entry.itemId,
        fields: entry.fields,
        hlc: entry.hlc,
      };
      // An entry the server could never accept (saveAnswer refuses such writes, but an older
      // version of the extension may have left one; or one of a unit this device no longer
      // belongs to, which the server refuses with the whole push) is dropped and reported, so it
      // cannot fail every push after it.
      const check = v.safeParse(MutationSchema, mutation);
      if (!check.success || mutation.unitId !== enrolment.unit.id) {
        await db.outbox.delete(mutation.seq);
        rejected.push({
          seq: mutation.seq,
          status: 'rejected',
          reason: check.success ? 'other_unit' : 'invalid',
        });
        continue;
      }
      bytes += encoder.encode(JSON.stringify(mutation)).length;
      if (mutations.length > 0 && bytes > MAX_PUSH_BYTES) break;
      mutations.push(mutation);
    }
    if (mutations.length === 0) continue;
    const response = await callServer(server, '/api/v1/sync/push', PushResponseSchema, {
      v: 1,
      clientId: enrolment.clientId,
      mutations,
    });
    const outcome = await acknowledgePushed(db, enrolment, response, now());
    if (!outcome.current) break;
    rejected.push(...outcome.rejected);
    // A server that acknowledges nothing would make this loop forever.
    if (outcome.removed === 0)
      throw new ServerError(200, 'not_acknowledged', 'the server acknowledged none of the pushed changes');
  }
  return rejected;
}
