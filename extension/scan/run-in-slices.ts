import { nextTask } from './next-task.ts';

/** Work done in one task before giving the page its turn: far below the 50 ms of a long task. */
const SLICE_MS = 8;

/**
 * Runs a stepwise computation (a generator that yields where it may pause) in slices of about
 * {@link SLICE_MS}, each in a task of its own, and returns its value with the time it was busy —
 * the waits between slices left out. A small page finishes in the first slice.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>): Promise<{ value: T; busyMs: number }> {
  let busyMs = 0;
  for (;;) {
    const start = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - start < SLICE_MS) step = steps.next();
    busyMs += performance.now() - start;
    if (step.done) return { value: step.value, busyMs };
    await nextTask();
  }
}
