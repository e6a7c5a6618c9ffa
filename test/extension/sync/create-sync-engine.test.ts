import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, backoffDelay } from '../../../extension/sync/backoff-delay.ts';
import { createSyncEngine } from '../../../extension/sync/create-sync-engine.ts';
import type { SyncOutcome } from '../../../extension/sync/run-sync.ts';
import { ServerError } from '../../../extension/sync/server-error.ts';

const failed = (status: number, retryAfterMs: number | null = null): SyncOutcome => ({
  status: 'failed',
  error: new ServerError(status, status === 0 ? 'network' : `http_${status}`, 'x', retryAfterMs),
});

/** An engine over scripted outcomes, a hand-moved clock and a recorded schedule. */
function harness(outcomes: SyncOutcome[]) {
  let clock = 1_000_000;
  const scheduled: number[] = [];
  let runs = 0;
  let locked = 0;
  const engine = createSyncEngine({
    run: async () => {
      runs += 1;
      return outcomes.shift() ?? { status: 'synced' };
    },
    withLock: async (task) => {
      locked += 1;
      return task();
    },
    schedule: (delay) => scheduled.push(delay),
    now: () => clock,
    random: () => 0.5,
  });
  return {
    engine,
    scheduled,
    runs: () => runs,
    locked: () => locked,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('backoffDelay', () => {
  it('doubles per failure with jitter, caps, and never undercuts Retry-After', () => {
    expect(backoffDelay(1, () => 0, null)).toBe(1_000);
    expect(backoffDelay(1, () => 1, null)).toBe(2_000);
    expect(backoffDelay(4, () => 0.5, null)).toBe(12_000);
    expect(backoffDelay(30, () => 1, null)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(1, () => 0, 30_000)).toBe(30_000);
  });
});

describe('createSyncEngine', () => {
  it('runs each sync under the lock and waits out a 503 for at least its Retry-After', async () => {
    const h = harness([failed(503, 10_000)]);

    await h.engine.request();
    expect(h.scheduled).toEqual([10_000]);
    // Triggers during the wait (a write, the alarm) leave the retry to the schedule.
    await h.engine.request();
    expect(h.runs()).toBe(1);
    h.advance(10_000);
    await h.engine.request();

    expect(h.runs()).toBe(2);
    expect(h.locked()).toBe(2);
  });

  it('backs off further on each failure and starts over after a success', async () => {
    const h = harness([failed(0), failed(0), failed(500), { status: 'synced' }, failed(0)]);
    for (let i = 0; i < 5; i++) {
      await h.engine.request();
      h.advance(BACKOFF_MAX_MS);
    }
    expect(h.scheduled).toEqual([1_500, 3_000, 6_000, 1_500]);
  });

  it('does not retry on its own what needs the person (a revoked token)', async () => {
    const h = harness([failed(401)]);
    await h.engine.request();
    expect(h.scheduled).toEqual([]);
  });

  it('syncs at once when the person asks, backoff or not', async () => {
    const h = harness([failed(503, 60_000)]);
    await h.engine.request();
    await h.engine.request({ force: true });
    expect(h.runs()).toBe(2);
  });
});
