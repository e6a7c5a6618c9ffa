import {
  type Mutation,
  PROTOCOL_VERSION,
  type PushRequest,
  type PushResponse,
  type PushResult,
} from '../../shared/sync/protocol.ts';
import { type PushOutcome, readPushOutcome } from '../db/read-push-outcome.ts';
import { readPushState, rowKey } from '../db/read-push-state.ts';
import { PushConflictError, writePush } from '../db/write-push.ts';
import { ApiError } from '../http/api-error.ts';
import type { AuthedDevice } from '../http/app-env.ts';
import { planPush } from './plan-push.ts';

/**
 * Attempts before a push gives up on concurrent writers of its unit and asks the client to retry.
 * Each attempt costs 16 D1 queries (6 reads, 10 in the write batch); with the token lookup, three
 * stay under the free plan's 50 per invocation.
 */
const PUSH_ATTEMPTS = 3;
/**
 * After a conflict, a push waits a random time of up to this many milliseconds per attempt made
 * before it reads again, so the pushes that just collided do not collide again in step. Retrying
 * at once lost two attempts in three with 10 devices of a unit pushing at full speed (the load
 * section of `npm run bench`); with the wait, ten times fewer pushes ran out of attempts.
 */
const RETRY_JITTER_MS = 100;

/**
 * Applies one push of sync protocol v1 (docs/architecture.md §3) for a device, whose unit comes
 * from its token: reads the state, plans, writes in one guarded batch, and answers every seq.
 * New seqs are answered as just decided; a seq at or below the client's lastSeq only from what
 * the change log recorded for it (never assumed applied: a seq it has no record of is answered
 * `rejected`/`seq_not_recorded`). Results that did not win in full, and replayed ones, carry the
 * server's current row. Throws 503 `write_conflict` with `Retry-After` when other pushes of the
 * same unit keep landing first.
 */
export async function applyPush(
  db: D1Database,
  device: AuthedDevice,
  { clientId, mutations }: PushRequest,
  now: () => number = Date.now,
): Promise<PushResponse> {
  // The unit comes from the token: a push that names another unit is refused whole, and nothing
  // of it is written or logged (object-level authorisation).
  if (mutations.some((mutation) => mutation.unitId !== device.unitId))
    throw new ApiError(403, 'other_unit', 'This device may only write its own unit.');
  for (let attempt = 0; attempt < PUSH_ATTEMPTS; attempt += 1) {
    const state = await readPushState(db, device.unitId, clientId, mutations);
    // A client id belongs to the device that first used it; another device may not advance it.
    if (state.client && state.client.deviceId !== device.id)
      throw new ApiError(403, 'client_conflict', 'This client id belongs to another device.');
    const plan = planPush({ unitId: device.unitId, mutations, state, now: now() });
    const bySeq = new Map(mutations.map((mutation) => [mutation.seq, mutation]));
    const withRow = [...plan.needsRow, ...plan.replayed].map((seq) => bySeq.get(seq)!);
    const outcome = readPushOutcome(db, device.unitId, clientId, plan.replayed, withRow);
    const seenLastSeq = state.client?.lastSeq ?? 0;
    let read: D1Result[];
    try {
      read =
        plan.lastSeq === seenLastSeq
          ? await db.batch(outcome.statements)
          : await writePush(
              db,
              plan,
              {
                unitId: device.unitId,
                deviceId: device.id,
                clientId,
                seenCounter: state.counter,
                seenLastSeq,
                now: now(),
              },
              outcome.statements,
            );
    } catch (error) {
      if (error instanceof PushConflictError) {
        if (attempt + 1 < PUSH_ATTEMPTS)
          await new Promise((resolve) =>
            setTimeout(resolve, Math.random() * RETRY_JITTER_MS * (attempt + 1)),
          );
        continue;
      }
      throw error;
    }
    const { recorded, rows } = outcome.parse(read);
    const rowOf = (mutation: Mutation) =>
      mutation.unitId === device.unitId
        ? (rows.get(rowKey(mutation.subject, mutation.itemId)) ?? null)
        : undefined;
    const fresh = plan.results.map((result) =>
      plan.needsRow.has(result.seq) ? withServerRow(result, rowOf(bySeq.get(result.seq)!)) : result,
    );
    const replayed = plan.replayed.map((seq) => replayResult(seq, recorded, rowOf(bySeq.get(seq)!)));
    return {
      v: PROTOCOL_VERSION,
      serverTime: now(),
      lastSeq: plan.lastSeq,
      results: [...replayed, ...fresh].sort((a, b) => a.seq - b.seq),
    };
  }
  throw new ApiError(503, 'write_conflict', 'Too many concurrent writes to this unit; retry the push.', {
    'Retry-After': '1',
  });
}

const withServerRow = (result: PushResult, row: PushResult['row']): PushResult =>
  row === undefined ? result : { ...result, row };

/** A replayed seq, answered as first recorded, always with the current row (see below). */
function replayResult(seq: number, recorded: PushOutcome['recorded'], row: PushResult['row']): PushResult {
  const first = recorded.get(seq);
  // The first answer may have been lost while the row moved on and the device's pulls skipped
  // its waiting fields: only the current row lets it catch up, whatever the first status was.
  if (!first) return withServerRow({ seq, status: 'rejected', reason: 'seq_not_recorded' }, row);
  const result: PushResult = first.reason
    ? { seq, status: first.status, reason: first.reason }
    : { seq, status: first.status };
  return withServerRow(result, row);
}
