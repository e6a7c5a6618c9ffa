/**
 * Wraps a task so only one run is in flight. A request during a run schedules exactly one more run
 * after it (the write that asked may have come after the running push read the outbox); further
 * requests in the meantime fold into that one. Every caller's promise settles when the runs it may
 * depend on are done.
 */
export function createSingleFlight(task: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
