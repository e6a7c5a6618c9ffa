/**
 * An expected failure talking to the sync server: `network` when it could not be reached,
 * otherwise the `{error:{code}}` the server answered (`token_revoked`, `code_invalid`, …).
 * Never retried inside one sync run; the sync engine decides when to try again
 * (`retryAfterMs` from the server's `Retry-After`, see `isRetryable`). The `message` is a detail
 * for the error reporter (the server's own, or what failed here); people read the sentence
 * `syncErrorWords` gives for the code, in their language (sync-error-words.ts).
 */
export class ServerError extends Error {
  override name = 'ServerError';
  readonly status: number;
  readonly code: string;
  readonly retryAfterMs: number | null;

  // Plain fields, not parameter properties: Node runs this file by type stripping alone.
  constructor(status: number, code: string, message: string, retryAfterMs: number | null = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * Whether trying again later may succeed without the person doing anything: the network, a
 * server that is busy or failing (429, 5xx). A refusal (revoked token, bad request) is not.
 */
export const isRetryable = (error: ServerError): boolean =>
  error.status === 0 || error.status === 429 || error.status >= 500 || error.code === 'bad_response';
