import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '../../../shared/sync/protocol.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

const errorOf = async (response: Response) => v.parse(ErrorResponseSchema, await response.json()).error;

describe('error shape', () => {
  it('answers malformed JSON with 400 bad_json', async () => {
    const response = await workerFetch('/api/v1/devices/enroll', jsonInit('POST', '{"code": "ABCD"'));

    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('bad_json');
  });

  it('answers a body that is not JSON with 415', async () => {
    const response = await workerFetch('/api/v1/devices/enroll', { method: 'POST', body: 'code=ABCD' });

    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('unsupported_media_type');
  });

  it('answers a body over the limit with 413 payload_too_large', async () => {
    const response = await workerFetch(
      '/api/v1/devices/enroll',
      jsonInit('POST', { code: 'ABCD', label: 'x'.repeat(300 * 1024) }),
    );

    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('payload_too_large');
  });

  it('answers an unknown API route with 404 JSON', async () => {
    for (const path of ['/api/v1/nothing', '/api/v2/sync/pull']) {
      const response = await workerFetch(path);
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    }
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    workerFetch('/api/v1/sync/pull', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
    });

  it('allows the extension origin from ALLOWED_ORIGINS', async () => {
    const origin = 'chrome-extension://pdilopegpfmagjekjkieecglomhocdnp';

    const response = await preflight(origin);

    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
  });

  it('gives any other origin no CORS grant', async () => {
    const response = await preflight('https://evil.example');

    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
