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
export const HLC_PATTERN = /^\d{15}:\d{5}:[\w-]{1,64}$/;

export function encodeHlc(hlc: Hlc): string {
  return `${String(hlc.wall).padStart(WALL_WIDTH, '0')}:${String(hlc.counter).padStart(COUNTER_WIDTH, '0')}:${hlc.node}`;
}

export function decodeHlc(text: string): Hlc {
  if (!HLC_PATTERN.test(text)) throw new RangeError(`Not an HLC stamp: ${text}`);
  const [wall, counter, node] = text.split(':') as [string, string, string];
  return { wall: Number(wall), counter: Number(counter), node };
}

/** The stamp of a local event at wall time `now`, after the last stamp this node issued or saw. */
export function tickHlc(last: Hlc | null, now: number, node: string): Hlc {
  if (!last || now > last.wall) return { wall: now, counter: 0, node };
  return { wall: last.wall, counter: last.counter + 1, node };
}

/** Advances the local clock past a stamp received from elsewhere (a pulled row). */
export function receiveHlc(local: Hlc | null, remote: Hlc, now: number, node: string): Hlc {
  const wall = Math.max(now, local?.wall ?? 0, remote.wall);
  let counter = 0;
  if (wall === local?.wall && wall === remote.wall) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wall === local?.wall) counter = local.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return { wall, counter, node };
}

/** Encoded stamps compare as strings; this is the total order. */
export const compareHlc = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
