/** The Web Lock every extension context takes to sync or enrol, so only one runs at a time. */
const SYNC_LOCK = 'congkhai-sync';

/**
 * Runs `task` holding the extension-wide sync lock (Web Locks API: shared by the background,
 * the side panel and the options page of one profile, and released if the service worker is
 * stopped mid-task). Where the API is missing, the task runs as is.
 */
export function withSyncLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(SYNC_LOCK, task) : task();
}
