/**
 * Resolves in a new task of the page's event loop. Content scripts put their scan in a task of
 * its own, apart from their injection and the badge's mount, so no single task grows long enough
 * (≥ 50 ms) to make the portal stutter on a large page.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
