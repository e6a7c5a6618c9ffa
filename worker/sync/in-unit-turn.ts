/** The push of a unit that runs or waits last in this isolate: the next one waits for it. */
const lastInLine = new Map<string, Promise<void>>();

/**
 * Runs `task` after the pushes of the same unit that came before it in this isolate, so they do
 * not collide on the unit's optimistic lock (worker/db/write-push.ts): ten devices of a unit pushing
 * at full speed lost two attempts in three to each other (the load section of `npm run bench`).
 * This is only a courtesy between requests that share an isolate; correctness stays with the lock,
 * which still guards pushes in other isolates. A turn waits at most `maxWaitMs` for the one before
 * it, so a request that never finishes (its client went away) delays the next one by that much
 * and no more.
 */
export async function inUnitTurn<T>(unitId: string, task: () => Promise<T>, maxWaitMs = 1000): Promise<T> {
  const before = lastInLine.get(unitId);
  let done!: () => void;
  const mine = new Promise<void>((resolve) => {
    done = resolve;
  });
  lastInLine.set(unitId, mine);
  try {
    if (before) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([before, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
      clearTimeout(timer);
    }
    return await task();
  } finally {
    done();
    if (lastInLine.get(unitId) === mine) lastInLine.delete(unitId);
  }
}
