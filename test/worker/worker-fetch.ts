import { exports } from 'cloudflare:workers';

/** Calls the worker's default export as a browser would, through its real fetch handler. */
export const workerFetch = (path: string, init?: RequestInit): Promise<Response> =>
  exports.default.fetch(new Request(`http://x${path}`, init));

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
