/**
 * The one place unexpected errors end up (docs/style.md §9): entrypoints catch at their top (message
 * handler, alarm, button) and pass the error here with where it came from.
 */
export function reportError(where: string, error: unknown): void {
  console.error(`[CongKhai:${where}]`, error);
}
