import { exports } from 'cloudflare:workers';

/**
 * Calls the worker's default export as a browser would, through its real fetch handler. Each call
 * comes from an IP of its own (`CF-Connecting-IP`, as Cloudflare's edge sets it) unless the test
 * names one, so per-IP rate limits bite only the tests that are about them.
 */
export const workerFetch = (path: string, init?: RequestInit): Promise<Response> => {
  const request = new Request(`http://x${path}`, init);
  if (!request.headers.has('CF-Connecting-IP')) request.headers.set('CF-Connecting-IP', randomIp());
  return exports.default.fetch(request);
};

/** An address in 10.0.0.0/8, as a different client each time. */
export const randomIp = (): string => `10.${[...crypto.getRandomValues(new Uint8Array(3))].join('.')}`;

/** A JSON request, optionally with a bearer token. */
export const jsonInit = (method: string, body: unknown, token?: string): RequestInit => ({
  method,
  headers: {
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

export const bearer = (token: string): RequestInit => ({ headers: { Authorization: `Bearer ${token}` } });
