/** The Performance API entry of one scan; the bench and DevTools read it under this name. */
export const SCAN_MEASURE = 'congkhai:scan';
const START = 'congkhai:scan-start';

/**
 * Runs `run` (adapter + rules) between two Performance API marks and returns its value with the
 * duration in milliseconds. Kept synchronous on purpose: a scan must stay one small task, and
 * the measure must cover exactly that task (issue #3, item 7).
 */
export function measureScan<T>(run: () => T): { value: T; ms: number } {
  performance.mark(START);
  try {
    const value = run();
    return { value, ms: performance.measure(SCAN_MEASURE, START).duration };
  } finally {
    performance.clearMarks(START);
  }
}
