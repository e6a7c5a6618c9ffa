import * as v from 'valibot';
import { ErrorResponseSchema } from '../../shared/sync/protocol.ts';
import { ServerError } from './server-error.ts';

/** `fetch`, or a test's in-memory server: a Request in, a Response out. */
export type FetchLike = (request: Request) => Promise<Response>;

export interface Server {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:8787`. */
  url: string;
  token: string | null;
  fetch: FetchLike;
}

/**
 * One JSON request to the sync server, its answer validated with the shared protocol schema.
 * Throws {@link ServerError} for every expected failure, so callers handle one error type. Its
 * code says what happened (`network`, the server's own code, `http_<status>`, `bad_response`);
 * people read the sentence `syncErrorWords` gives for it in their language, never the message,
 * which is a detail for the error reporter.
 */
export async function callServer<TSchema extends v.GenericSchema>(
  server: Server,
  path: string,
  schema: TSchema,
  body?: unknown,
): Promise<v.InferOutput<TSchema>> {
  const headers = new Headers({ accept: 'application/json' });
  if (server.token) headers.set('authorization', `Bearer ${server.token}`);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const request = new Request(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });

  let response: Response;
  try {
    response = await server.fetch(request);
  } catch (error) {
    throw new ServerError(0, 'network', `${request.method} ${path}: ${String(error)}`);
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const failure = v.safeParse(ErrorResponseSchema, json);
    if (failure.success)
      throw new ServerError(
        response.status,
        failure.output.error.code,
        failure.output.error.message,
        retryAfterMs,
      );
    throw new ServerError(
      response.status,
      `http_${response.status}`,
      `${request.method} ${path}: HTTP ${response.status} without a CongKhai error body`,
      retryAfterMs,
    );
  }
  const parsed = v.safeParse(schema, json);
  if (!parsed.success)
    throw new ServerError(
      response.status,
      'bad_response',
      `${request.method} ${path}: ${parsed.issues[0]?.message ?? 'not the protocol'}`,
    );
  return parsed.output;
}

/** `Retry-After` in seconds or as an HTTP date (RFC 9110 §10.2.3), in milliseconds from now. */
function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
