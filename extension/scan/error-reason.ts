import { UnreadablePageError } from '../../shared/adapters/unreadable-page-error.ts';
import type { Localized } from '../../shared/text/localized.ts';

/**
 * Why a page could not be read, for the badge's tooltip: an adapter's own reason in both
 * languages, anything else (the network, the browser) as the runtime worded it.
 */
export function errorReason(error: unknown): Localized {
  if (error instanceof UnreadablePageError) return error.reason;
  const message = error instanceof Error ? error.message : String(error);
  return { vi: message, en: message };
}
