import { Hono } from 'hono';
import {
  HistoryQuerySchema,
  type HistoryResponse,
  PROTOCOL_VERSION,
  PullQuerySchema,
  type PullResponse,
  PushRequestSchema,
  type PushResponse,
  type ReviewResponse,
} from '../../shared/sync/protocol.ts';
import { findLatestReview } from '../db/find-latest-review.ts';
import { getClientLastSeq } from '../db/get-client-last-seq.ts';
import { listAnswerHistory } from '../db/list-answer-history.ts';
import { pullRows } from '../db/pull-rows.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { requireDevice } from '../http/require-device.ts';
import { valid } from '../http/valibot.ts';
import { applyPush } from '../sync/apply-push.ts';
import { inUnitTurn } from '../sync/in-unit-turn.ts';

/** Sync protocol v1 (docs/architecture.md §3). The unit always comes from the token. */
export const sync = new Hono<AppEnv>()
  .use(requireDevice)
  .post('/push', valid('json', PushRequestSchema), async (c) => {
    const device = c.get('device');
    const response = await inUnitTurn(device.unitId, () => applyPush(c.env.DB, device, c.req.valid('json')));
    return c.json<PushResponse>(response);
  })
  .get('/pull', valid('query', PullQuerySchema), async (c) => {
    const { unit, cursor, limit, client } = c.req.valid('query');
    const device = c.get('device');
    if (unit !== device.unitId)
      throw new ApiError(403, 'other_unit', 'This device may only read its own unit.');
    const { rows, hasMore } = await pullRows(c.env.DB, unit, cursor, limit);
    return c.json<PullResponse>({
      v: PROTOCOL_VERSION,
      serverTime: Date.now(),
      rows,
      cursor: rows.at(-1)?.version ?? cursor,
      hasMore,
      lastSeq: client ? await getClientLastSeq(c.env.DB, client, device.id) : 0,
    });
  })
  .get('/history', valid('query', HistoryQuerySchema), async (c) => {
    const { subject, item } = c.req.valid('query');
    const { unitId } = c.get('device');
    return c.json<HistoryResponse>({
      v: PROTOCOL_VERSION,
      serverTime: Date.now(),
      entries: await listAnswerHistory(c.env.DB, unitId, subject, item),
    });
  })
  .get('/review', async (c) =>
    c.json<ReviewResponse>({
      v: PROTOCOL_VERSION,
      serverTime: Date.now(),
      review: await findLatestReview(c.env.DB, c.get('device').unitId),
    }),
  );
