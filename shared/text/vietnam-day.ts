/** Viet Nam keeps UTC+7 all year (no daylight saving), so a calendar day there is fixed in UTC. */
const OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar day in Viet Nam of an instant, `YYYY-MM-DD`: how decisions and postings are dated
 * (a decision stored as 00:00 +07 is 17:00 UTC the day before).
 *
 * @example vietnamDay(Date.UTC(2025, 1, 28, 17)) === '2025-03-01'
 */
export function vietnamDay(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The last millisecond of a `YYYY-MM-DD` day in Viet Nam: a posting dated that day counts as
 * made by then, so one dated the decision's own day is on or after it.
 *
 * @example endOfVietnamDay('2025-03-01') === Date.UTC(2025, 2, 1, 16, 59, 59, 999)
 */
export function endOfVietnamDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date + 1) - OFFSET_MS - 1;
}
