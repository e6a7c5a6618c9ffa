/** The first wait after a failed sync; each further failure doubles it. */
export const BACKOFF_BASE_MS = 2_000;
/** The longest wait between automatic tries (the one-minute alarm may still try sooner). */
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * How long to wait before automatic try number `failures + 1`: exponential backoff with "equal
 * jitter" (half the step fixed, half random), so many devices that failed together do not come
 * back together; never less than the server asked for with `Retry-After`.
 *
 * @example backoffDelay(3, Math.random, null) // between 4 and 8 s
 */
export function backoffDelay(failures: number, random: () => number, retryAfterMs: number | null): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.max(step / 2 + random() * (step / 2), retryAfterMs ?? 0);
}
