import { afterEach, describe, expect, it } from 'vitest';
import { measureScan, SCAN_MEASURE } from '../../../extension/scan/measure-scan.ts';

describe('measureScan', () => {
  afterEach(() => performance.clearMeasures(SCAN_MEASURE));

  it('returns the value with the duration and leaves a Performance API measure behind', () => {
    const { value, ms } = measureScan(() => {
      const end = performance.now() + 2;
      while (performance.now() < end) {
        // a small busy wait, so the measure is certainly above zero
      }
      return 42;
    });
    expect(value).toBe(42);
    expect(ms).toBeGreaterThanOrEqual(2);
    const entries = performance.getEntriesByName(SCAN_MEASURE, 'measure');
    expect(entries.at(-1)?.duration).toBe(ms);
    expect(performance.getEntriesByName('congkhai:scan-start', 'mark')).toEqual([]);
  });

  it('lets a failure through without leaving its start mark', () => {
    expect(() =>
      measureScan(() => {
        throw new Error('unreadable');
      }),
    ).toThrow('unreadable');
    expect(performance.getEntriesByName(SCAN_MEASURE, 'measure')).toEqual([]);
    expect(performance.getEntriesByName('congkhai:scan-start', 'mark')).toEqual([]);
  });
});
