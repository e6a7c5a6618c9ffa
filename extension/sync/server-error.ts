/**
 * An expected failure talking to the sync server: `network` when it could not be reached,
 * otherwise the `{error:{code}}` the server answered (`token_revoked`, `code_expired`, …).
 * Shown to the person as is; never retried inside one sync run.
 */
export class ServerError extends Error {
  override name = 'ServerError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
