import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { h } from 'preact';
import type { ErrorResponse } from '../../shared/sync/protocol.ts';
import { ErrorPage } from '../dashboard/error-page.tsx';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
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
 * The one place failures become responses (docs/style.md §9). The API answers
 * `{error:{code, message}}`; a page answers a page that says what happened in words and what to
 * do next. Unexpected errors are logged and answered 500 without internals.
 */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  let status: ApiError['status'] = 500;
  let code = 'internal';
  let message = 'Lỗi máy chủ, vui lòng thử lại sau.';
  let headers: Record<string, string> = {};
  if (err instanceof ApiError) {
    ({ status, code, message, headers } = err);
  } else if (err instanceof HTTPException) {
    status = err.status;
    code = CODES_BY_STATUS[err.status] ?? 'http_error';
    message = err.message || code;
  } else {
    console.error('unhandled', c.req.method, c.req.path, err);
  }
  if (c.req.path.startsWith('/api/'))
    return c.json<ErrorResponse>({ error: { code, message } }, status, headers);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return renderPage(
    c,
    h(ErrorPage, { page: pageContext(c), code, detail: code === 'invalid_form' ? message : undefined }),
    status,
  );
};
