import { backoffDelay } from './backoff-delay.ts';
import { createSingleFlight } from './create-single-flight.ts';
import type { SyncOutcome } from './run-sync.ts';
import { isRetryable } from './server-error.ts';

export interface SyncEngineOptions {
  /** One sync run (`runSync` with the extension's database and fetch). */
  run(): Promise<SyncOutcome>;
  /** Runs a task holding the extension-wide sync lock (`withSyncLock`). */
  withLock<T>(task: () => Promise<T>): Promise<T>;
  /** Asks for `request()` to be called again after `delayMs` (a timer, an alarm for long waits). */
  schedule(delayMs: number): void;
  now?: () => number;
  random?: () => number;
}

export interface SyncEngine {
  /**
   * A trigger (a local write, the alarm, coming online, the side panel opening): sync now, or,
   * while backing off after a failure, leave it to the scheduled retry. `force` (the person
   * pressed "Gửi ngay") syncs now regardless.
   */
  request(options?: { force?: boolean }): Promise<void>;
}

/**
 * The sync engine of docs/architecture.md §2: one run at a time (in this context by single flight,
 * across contexts by the lock); a failure that may pass by itself (network, 429, 5xx) is retried
 * with exponential backoff and jitter, never sooner than the server's `Retry-After`. Everything it
 * needs to be correct lives in IndexedDB, so a service worker stopped mid-run loses only timing.
 */
export function createSyncEngine({
  run,
  withLock,
  schedule,
  now = Date.now,
  random = Math.random,
}: SyncEngineOptions): SyncEngine {
  let failures = 0;
  let notBefore = 0;
  let forced = false;

  const flight = createSingleFlight(async () => {
    const force = forced;
    forced = false;
    if (!force && now() < notBefore) return;
    const outcome = await withLock(run);
    if (outcome.status !== 'failed' || !isRetryable(outcome.error)) {
      failures = 0;
      notBefore = 0;
      return;
    }
    failures += 1;
    const delay = backoffDelay(failures, random, outcome.error.retryAfterMs);
    notBefore = now() + delay;
    schedule(delay);
  });

  return {
    request({ force = false } = {}) {
      forced ||= force;
      return flight();
    },
  };
}
