import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An expected failure with a stable machine-readable `code` (clients switch on it, so never rename
 * one). Thrown anywhere in a handler; `onError` turns it into `{error:{code, message}}`.
 */
export class ApiError extends HTTPException {
  readonly code: string;
  /** Headers the answer carries, e.g. `Retry-After` on 429 and 503. */
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    headers: Record<string, string> = {},
  ) {
    super(status, { message });
    this.code = code;
    this.headers = headers;
  }
}
