/**
 * fake-indexeddb runs each IndexedDB step as a task (`setImmediate`). workerd's timers take about
 * a millisecond each, which makes one answer cost ~15 ms and the convergence property too slow to
 * run hundreds of times. Here a "task" is the end of a long chain of microtasks instead: long
 * enough that every continuation Dexie and the extension run after an IndexedDB event finishes
 * first, as the transaction rules need (a transaction closed too early fails loudly with
 * TransactionInactiveError). Test setup of this project only: the extension's own unit tests run
 * on Node's setImmediate, and the end-to-end tests on Chromium's IndexedDB.
 */
const DEPTH = 64;

(globalThis as { setImmediate?: unknown }).setImmediate = (callback: () => void) => {
  let hops = DEPTH;
  const hop = () => (--hops > 0 ? queueMicrotask(hop) : callback());
  queueMicrotask(hop);
};
