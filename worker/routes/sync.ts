import { Hono } from 'hono';
import {
  type Mutation,
  PROTOCOL_VERSION,
  PullQuerySchema,
  type PullResponse,
  PushRequestSchema,
  type PushResponse,
  type PushResult,
} from '../../shared/sync/protocol.ts';
import { getClientLastSeq } from '../db/get-client-last-seq.ts';
import { pullRows } from '../db/pull-rows.ts';
import { readAnswerRows } from '../db/read-answer-rows.ts';
import { readPushState } from '../db/read-push-state.ts';
import { readRecordedResults } from '../db/read-recorded-results.ts';
import { PushConflictError, writePush } from '../db/write-push.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { requireDevice } from '../http/require-device.ts';
import { valid } from '../http/valibot.ts';
import { planPush } from '../sync/plan-push.ts';

/**
 * Adds the server's current row to every superseded or rejected result of the device's own unit,
 * read after the write, so the client can replace a value that lost or was refused.
 */
async function withServerRows(
  db: D1Database,
  unitId: string,
  mutations: readonly Mutation[],
  results: PushResult[],
): Promise<PushResult[]> {
  const bySeq = new Map(mutations.map((mutation) => [mutation.seq, mutation]));
  const settled = results
    .map((result) => ({ result, mutation: bySeq.get(result.seq) }))
    .filter(({ result, mutation }) => result.status !== 'applied' && mutation?.unitId === unitId);
  const rows = await readAnswerRows(
    db,
    unitId,
    settled.map(({ mutation }) => ({ subject: mutation!.subject, itemId: mutation!.itemId })),
  );
  for (const { result, mutation } of settled) {
    result.row = rows.get(`${mutation!.subject}|${mutation!.itemId}`) ?? null;
  }
  return results;
}

/** Attempts before a push gives up on concurrent writers and asks the client to retry. */
const PUSH_ATTEMPTS = 4;

/** Sync protocol v1 (docs/architecture.md §3). The unit always comes from the token. */
export const sync = new Hono<AppEnv>()
  .use(requireDevice)
  .post('/push', valid('json', PushRequestSchema), async (c) => {
    const { clientId, mutations } = c.req.valid('json');
    const device = c.get('device');
    const keys = mutations.filter((m) => m.unitId === device.unitId);

    for (let attempt = 0; attempt < PUSH_ATTEMPTS; attempt += 1) {
      const state = await readPushState(c.env.DB, device.unitId, clientId, keys);
      // A client id belongs to the device that first used it; another device may not advance it.
      if (state.client && state.client.deviceId !== device.id) {
        throw new ApiError(403, 'client_conflict', 'This client id belongs to another device.');
      }
      const now = Date.now();
      const plan = planPush({ unitId: device.unitId, mutations, state, now });
      const seenLastSeq = state.client?.lastSeq ?? 0;
      if (plan.lastSeq !== seenLastSeq) {
        try {
          await writePush(c.env.DB, plan, {
            unitId: device.unitId,
            deviceId: device.id,
            clientId,
            seenCounter: state.counter,
            seenLastSeq,
            now,
          });
        } catch (error) {
          if (error instanceof PushConflictError) continue;
          throw error;
        }
      }
      const recorded = await readRecordedResults(c.env.DB, clientId, plan.replayed);
      const fresh = new Map(plan.results.map((result) => [result.seq, result]));
      // A replayed seq answers as first recorded (or, for a seq repeated within this push, as just decided).
      const replayed = plan.replayed.map(
        (seq): PushResult => recorded.get(seq) ?? fresh.get(seq) ?? { seq, status: 'applied' },
      );
      const results = await withServerRows(
        c.env.DB,
        device.unitId,
        mutations,
        [...replayed, ...plan.results].sort((a, b) => a.seq - b.seq),
      );
      return c.json<PushResponse>({ v: PROTOCOL_VERSION, lastSeq: plan.lastSeq, results });
    }
    c.header('Retry-After', '1');
    throw new ApiError(503, 'write_conflict', 'Too many concurrent writes; retry the push.');
  })
  .get('/pull', valid('query', PullQuerySchema), async (c) => {
    const { unit, cursor, limit, client } = c.req.valid('query');
    const device = c.get('device');
    if (unit !== device.unitId)
      throw new ApiError(403, 'other_unit', 'This device may only read its own unit.');
    const { rows, hasMore } = await pullRows(c.env.DB, unit, cursor, limit);
    return c.json<PullResponse>({
      v: PROTOCOL_VERSION,
      rows,
      cursor: rows.at(-1)?.version ?? cursor,
      hasMore,
      lastSeq: client ? await getClientLastSeq(c.env.DB, client) : 0,
    });
  });
