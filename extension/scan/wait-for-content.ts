import type { ContentScriptContext } from '#imports';

export interface WaitOptions {
  /** Aborted when the person navigates on: the wait ends with null. */
  signal?: AbortSignal;
  /** Gives up after this long (the badge then shows the calm error state). */
  timeoutMs?: number;
  /** After a change, probe this much later: lets a render settle and caps probes under churn. */
  settleMs?: number;
}

/**
 * Waits until a single-page app has rendered what `probe` looks for: probes at once, then after
 * DOM changes under `root` (at most once per `settleMs`, however busy the page is), until the
 * probe answers non-null, the time is up, the signal aborts or the content script is
 * invalidated (then null). The observer and timers are tied to `ctx`, so nothing outlives it.
 */
export function waitForContent<T>(
  ctx: Pick<ContentScriptContext, 'setTimeout' | 'signal'>,
  root: Node,
  probe: () => T | null,
  { signal, timeoutMs = 10_000, settleMs = 150 }: WaitOptions = {},
): Promise<T | null> {
  if (signal?.aborted || ctx.signal.aborted) return Promise.resolve(null);
  const first = probe();
  if (first !== null) return Promise.resolve(first);

  return new Promise((resolve) => {
    const view = (root.ownerDocument ?? (root as Document)).defaultView ?? globalThis;
    let pending: number | undefined;
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(deadline);
      signal?.removeEventListener('abort', stop);
      ctx.signal.removeEventListener('abort', stop);
      resolve(value);
    };
    const stop = () => finish(null);
    const check = () => {
      pending = undefined;
      const value = probe();
      if (value !== null) finish(value);
    };
    const observer = new view.MutationObserver(() => {
      pending ??= ctx.setTimeout(check, settleMs);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const deadline = ctx.setTimeout(stop, timeoutMs);
    signal?.addEventListener('abort', stop);
    ctx.signal.addEventListener('abort', stop);
  });
}
