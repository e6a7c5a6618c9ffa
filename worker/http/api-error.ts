import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An expected failure with a stable machine-readable `code` (clients switch on it, so never rename
 * one). Thrown anywhere in a handler; `onError` turns it into `{error:{code, message}}`.
 */
export class ApiError extends HTTPException {
  readonly code: string;

  constructor(status: ContentfulStatusCode, code: string, message: string) {
    super(status, { message });
    this.code = code;
  }
}
