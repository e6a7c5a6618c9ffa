import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorResponse } from '../../shared/sync/protocol.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

/** Codes for HTTP errors raised by Hono itself rather than by our handlers. */
const CODES_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/**
 * The one place failures become responses (docs/style.md §9): every error answers
 * `{error:{code, message}}`. Unexpected errors are logged and answered 500 without internals.
 */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError)
    return c.json<ErrorResponse>(body(err.code, err.message), err.status, err.headers);
  if (err instanceof HTTPException) {
    const code = CODES_BY_STATUS[err.status] ?? 'http_error';
    return c.json<ErrorResponse>(body(code, err.message || code), err.status);
  }
  console.error('unhandled', c.req.method, c.req.path, err);
  return c.json<ErrorResponse>(body('internal', 'Lỗi máy chủ, vui lòng thử lại sau.'), 500);
};

const body = (code: string, message: string): ErrorResponse => ({ error: { code, message } });
