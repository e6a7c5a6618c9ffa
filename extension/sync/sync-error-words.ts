import type { MessageId } from '../i18n/messages.ts';

/** Codes whose sentence says what the person can do about them. */
const WORDS: Readonly<Record<string, MessageId>> = {
  network: 'networkError',
  token_revoked: 'syncRevoked',
  unauthorized: 'syncUnknownDevice',
  code_invalid: 'enrolCodeInvalid',
  rate_limited: 'enrolRateLimited',
  rejected: 'syncRejected',
  // Something answers at the address, but not as a CongKhai server does.
  not_found: 'serverWrongAddress',
  http_404: 'serverWrongAddress',
  bad_response: 'serverWrongAddress',
  internal: 'syncInternal',
};

/**
 * What a person reads about a failed call to the sync server (a {@link ServerError} or the
 * `lastError` a sync stored): a sentence with the next step, in either interface language. The
 * code itself only goes into the details line (`errorDetails`); the error's `message` is for the
 * error reporter. A server failing (5xx) says to wait; any other refusal says to update the
 * extension and tell an administrator.
 *
 * @example syncErrorWords({ code: 'token_revoked', status: 401 }) === 'syncRevoked'
 */
export function syncErrorWords(error: { code: string; status?: number }): MessageId {
  const words = WORDS[error.code];
  if (words) return words;
  return (error.status ?? 0) >= 500 ? 'serverFailing' : 'syncRefused';
}
