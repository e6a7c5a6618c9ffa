import { MAX_TIME_MS, MIN_TIME_MS } from './bounds.ts';

/**
 * Hybrid logical clock (Kulkarni et al. 2014): wall-clock milliseconds, a counter for events in
 * the same millisecond, and the client id as the tie-breaker, so every stamp is totally ordered.
 * Stamps travel and are stored as fixed-width strings that sort in clock order:
 * `000001776761890007:00000:client-id`.
 */
export interface Hlc {
  wall: number;
  counter: number;
  node: string;
}

const WALL_WIDTH = 15;
const COUNTER_WIDTH = 5;
/** The largest counter the fixed width holds; one more moves the wall on by a millisecond. */
const MAX_COUNTER = 10 ** COUNTER_WIDTH - 1;
export const HLC_PATTERN = /^\d{15}:\d{5}:[\w-]{1,64}$/;

export function encodeHlc(hlc: Hlc): string {
  return `${String(hlc.wall).padStart(WALL_WIDTH, '0')}:${String(hlc.counter).padStart(COUNTER_WIDTH, '0')}:${hlc.node}`;
}

export function decodeHlc(text: string): Hlc {
  if (!HLC_PATTERN.test(text)) throw new RangeError(`Not an HLC stamp: ${text}`);
  const [wall, counter, node] = text.split(':') as [string, string, string];
  return { wall: Number(wall), counter: Number(counter), node };
}

/** Whether a stamp is well formed and its wall time lies in the protocol's range (shared/sync/bounds.ts). */
export function isPlausibleHlc(text: string): boolean {
  if (!HLC_PATTERN.test(text)) return false;
  const { wall } = decodeHlc(text);
  return wall >= MIN_TIME_MS && wall < MAX_TIME_MS;
}

/** The next counter value at `wall`; a full counter carries into the next millisecond. */
const after = (wall: number, counter: number, node: string): Hlc =>
  counter >= MAX_COUNTER ? { wall: wall + 1, counter: 0, node } : { wall, counter: counter + 1, node };

/** The stamp of a local event at wall time `now`, after the last stamp this node issued or saw. */
export function tickHlc(last: Hlc | null, now: number, node: string): Hlc {
  if (!last || now > last.wall) return { wall: now, counter: 0, node };
  return after(last.wall, last.counter, node);
}

/** Advances the local clock past a stamp received from elsewhere (a pulled row). */
export function receiveHlc(local: Hlc | null, remote: Hlc, now: number, node: string): Hlc {
  const wall = Math.max(now, local?.wall ?? 0, remote.wall);
  if (wall === local?.wall && wall === remote.wall)
    return after(wall, Math.max(local.counter, remote.counter), node);
  if (wall === local?.wall) return after(wall, local.counter, node);
  if (wall === remote.wall) return after(wall, remote.counter, node);
  return { wall, counter: 0, node };
}

/** Encoded stamps compare as strings; this is the total order. */
export const compareHlc = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The latest of some encoded stamps (undefined ones skipped); undefined when there is none. */
export function latestHlc(...stamps: readonly (string | undefined)[]): string | undefined {
  let latest: string | undefined;
  for (const stamp of stamps)
    if (stamp !== undefined && (latest === undefined || stamp > latest)) latest = stamp;
  return latest;
}
