import { describe, expect, it } from 'vitest';
import { compareHlc, decodeHlc, encodeHlc, receiveHlc, tickHlc } from '../../../shared/sync/hlc.ts';

describe('hybrid logical clock', () => {
  it('encodes stamps that sort in clock order', () => {
    const a = encodeHlc({ wall: 999, counter: 5, node: 'b' });
    const b = encodeHlc({ wall: 1000, counter: 0, node: 'a' });
    const c = encodeHlc({ wall: 1000, counter: 1, node: 'a' });
    expect([c, b, a].sort(compareHlc)).toEqual([a, b, c]);
    expect(decodeHlc(c)).toEqual({ wall: 1000, counter: 1, node: 'a' });
  });

  it('ticks the counter when the wall clock stands still or goes back', () => {
    const first = tickHlc(null, 1000, 'n');
    const second = tickHlc(first, 1000, 'n');
    const third = tickHlc(second, 900, 'n');
    expect([first.counter, second.counter, third.counter]).toEqual([0, 1, 2]);
    expect(third.wall).toBe(1000);
    expect(tickHlc(third, 1001, 'n')).toEqual({ wall: 1001, counter: 0, node: 'n' });
  });

  it('moves past a received stamp from a faster clock', () => {
    const local = { wall: 1000, counter: 3, node: 'a' };
    const remote = { wall: 2000, counter: 7, node: 'b' };
    const next = receiveHlc(local, remote, 1500, 'a');
    expect(next).toEqual({ wall: 2000, counter: 8, node: 'a' });
    expect(compareHlc(encodeHlc(next), encodeHlc(remote))).toBe(1);
  });

  it('refuses text that is not a stamp', () => {
    expect(() => decodeHlc('yesterday')).toThrow(RangeError);
  });
});
