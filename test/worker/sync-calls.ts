import * as v from 'valibot';
import { expect } from 'vitest';
import { type Mutation, PullResponseSchema, PushResponseSchema } from '../../shared/sync/protocol.ts';
import { bearer, jsonInit, workerFetch } from './worker-fetch.ts';

/** Pushes and expects 200 with a well-formed PushResponse. */
export const push = async (token: string, clientId: string, mutations: Mutation[]) => {
  const response = await workerFetch(
    '/api/v1/sync/push',
    jsonInit('POST', { v: 1, clientId, mutations }, token),
  );
  expect(response.status).toBe(200);
  return v.parse(PushResponseSchema, await response.json());
};

/** Pulls and expects 200 with a well-formed PullResponse. */
export const pull = async (token: string, query: string) => {
  const response = await workerFetch(`/api/v1/sync/pull?${query}`, bearer(token));
  expect(response.status).toBe(200);
  return v.parse(PullResponseSchema, await response.json());
};

/** Everything a push may write, to compare before and after a replay. */
