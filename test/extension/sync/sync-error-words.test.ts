import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../extension/i18n/messages.ts';
import { callServer, type FetchLike } from '../../../extension/sync/call-server.ts';
import { ServerError } from '../../../extension/sync/server-error.ts';
import { syncErrorWords } from '../../../extension/sync/sync-error-words.ts';

const VIETNAMESE = /[\u0300-\u036f]|đ/i;

/** The error `callServer` throws when the server (or the network) answers with `fetch`. */
async function failureOf(fetch: FetchLike): Promise<ServerError> {
  const error = await callServer(
    { url: 'http://127.0.0.1:9', token: 't', fetch },
    '/api/v1/sync/pull',
    v.object({ changes: v.array(v.unknown()) }),
  ).catch((caught: unknown) => caught);
  if (!(error instanceof ServerError)) throw new Error(`not a ServerError: ${String(error)}`);
  return error;
}

const json = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('sync errors in words', () => {
  it.each<[string, FetchLike, string, string]>([
    [
      'the network',
      async () => {
        throw new TypeError('Failed to fetch');
      },
      'network',
      'networkError',
    ],
    [
      'a revoked device',
      json(401, { error: { code: 'token_revoked', message: 'Device revoked.' } }),
      'token_revoked',
      'syncRevoked',
    ],
    [
      'a web server that is not CongKhai',
      async () => new Response('<h1>404</h1>', { status: 404 }),
      'http_404',
      'serverWrongAddress',
    ],
    ['an answer outside the protocol', json(200, { hello: 'world' }), 'bad_response', 'serverWrongAddress'],
    ['a failing server', async () => new Response('', { status: 502 }), 'http_502', 'serverFailing'],
    ['an unknown refusal', json(403, { error: { code: 'csrf', message: 'No.' } }), 'csrf', 'syncRefused'],
  ])('%s: a sentence with a next step in both languages, the code apart', async (_, fetch, code, words) => {
    const error = await failureOf(fetch);
    expect(error.code).toBe(code);
    expect(syncErrorWords(error)).toBe(words);
    const { vi, en } = { vi: MESSAGES.vi[syncErrorWords(error)], en: MESSAGES.en[syncErrorWords(error)] };
    expect(vi).not.toBe(en);
    expect(en).not.toMatch(VIETNAMESE);
    // The sentence names no code (`token_revoked`, `http_404`): those go to the details line only.
    expect(`${vi} ${en}`).not.toMatch(/\b[a-z]+_[a-z0-9_]+\b/);
    // The message is the reporter's detail, in no person's language.
    expect(error.message).not.toMatch(VIETNAMESE);
  });

  it.each([
    [{ code: 'rejected' }, 'syncRejected'],
    [{ code: 'internal' }, 'syncInternal'],
    [{ code: 'unauthorized', status: 401 }, 'syncUnknownDevice'],
    [{ code: 'code_invalid', status: 400 }, 'enrolCodeInvalid'],
    [{ code: 'write_conflict', status: 503 }, 'serverFailing'],
    // Stored before errors kept their status: the refusal's words.
    [{ code: 'other_unit' }, 'syncRefused'],
  ] as const)('what sync stored as %o reads as %s', (error, words) => {
    expect(syncErrorWords(error)).toBe(words);
  });
});
