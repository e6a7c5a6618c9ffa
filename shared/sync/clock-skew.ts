/**
 * How far a clock may run ahead of the server's before it is wrong (docs/architecture.md §3). A
 * stamp further ahead may not win last-writer-wins on the server; a device whose clock is off by
 * more than this, either way, stamps its writes with the server's time instead.
 */
export const MAX_CLOCK_SKEW_MS = 60_000;

/** What a device last learnt of the server's clock: its time, and how far the device's differed. */
export interface ServerClock {
  /** The server's clock minus the device's, when the answer arrived. */
  offset: number;
  /** The server's time in that answer. */
  serverTime: number;
}

/**
 * The time to stamp a local write with. Within the tolerance the device's own clock is trusted
 * (it moves smoothly, offline too); beyond it the device clock is wrong, so the server's time as
 * the device last learnt it is used until the next answer from the server measures again, and
 * never a time before that answer: a clock set right while offline would otherwise turn the old
 * offset into an error of its own.
 *
 * @example trustedNow(Date.now(), { offset: -86_400_000, serverTime }) // a device a day ahead
 */
export function trustedNow(deviceNow: number, clock: ServerClock | undefined): number {
  if (!isClockWrong(clock)) return deviceNow;
  return Math.max(deviceNow + clock!.offset, clock!.serverTime);
}

/** Whether the device clock was wrong at the last answer (the side panel says so in words). */
export const isClockWrong = (clock: ServerClock | undefined): boolean =>
  clock !== undefined && Math.abs(clock.offset) > MAX_CLOCK_SKEW_MS;
