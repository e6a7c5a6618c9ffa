import { describe, expect, it } from 'vitest';
import { createSingleFlight } from '../../../extension/sync/create-single-flight.ts';

describe('createSingleFlight', () => {
  it('runs one task at a time and folds requests during a run into one more run', async () => {
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const request = createSingleFlight(async () => {
      runs += 1;
      concurrent += 1;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise((resolve) => setTimeout(resolve, 5));
      concurrent -= 1;
    });

    await Promise.all([request(), request(), request(), request()]);
    expect(runs).toBe(2);
    expect(maxConcurrent).toBe(1);
    await request();
    expect(runs).toBe(3);
  });

  it('starts again after a failed run', async () => {
    let runs = 0;
    const request = createSingleFlight(async () => {
      runs += 1;
      if (runs === 1) throw new Error('boom');
    });
    await expect(request()).rejects.toThrow('boom');
    await request();
    expect(runs).toBe(2);
  });
});
