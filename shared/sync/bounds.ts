/**
 * The ranges every number of the sync protocol must lie in (docs/architecture.md §3): a value
 * outside them is a caller's mistake, refused at the edge, never stored and pulled by every device.
 */

/** No CongKhai answer predates 2020; wall times and `checkedAt` before it are clocks gone wrong. */
export const MIN_TIME_MS = Date.UTC(2020, 0, 1);

/** Nor is any dated after 2100: a clock that says so is broken, not early. */
export const MAX_TIME_MS = Date.UTC(2100, 0, 1);

/** Outbox seqs are JavaScript numbers: above this they stop being exact (2^53 − 1). */
export const MAX_SEQ = Number.MAX_SAFE_INTEGER;

/** Checklist template versions count editions of the legal checklist, not builds. */
export const MAX_TEMPLATE_VERSION = 1000;
