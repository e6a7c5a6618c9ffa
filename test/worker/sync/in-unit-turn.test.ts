import { describe, expect, it } from 'vitest';
import { inUnitTurn } from '../../../worker/sync/in-unit-turn.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inUnitTurn', () => {
  it('runs the tasks of one unit one after another, and other units alongside', async () => {
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name} starts`);
      await pause(ms);
      log.push(`${name} ends`);
    };

    await Promise.all([
      inUnitTurn('a', task('a1', 20)),
      inUnitTurn('a', task('a2', 5)),
      inUnitTurn('b', task('b1', 5)),
    ]);

    expect(log.indexOf('a2 starts')).toBeGreaterThan(log.indexOf('a1 ends'));
    expect(log.indexOf('b1 starts')).toBeLessThan(log.indexOf('a1 ends'));
  });

  it('waits no longer than its limit for a task that never finishes, and lets a failure pass on', async () => {
    void inUnitTurn('c', () => new Promise(() => {}));
    const started = Date.now();

    await expect(
      inUnitTurn(
        'c',
        async () => {
          throw new Error('boom');
        },
        50,
      ),
    ).rejects.toThrow('boom');
    await inUnitTurn('c', async () => undefined, 50);

    expect(Date.now() - started).toBeLessThan(1000);
  });
});
