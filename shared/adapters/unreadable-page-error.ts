import type { Localized } from '../text/localized.ts';

/**
 * Thrown by an adapter when the input is not a page kind it knows; the badge says "không đọc
 * được" with `reason` (in the person's language) as its tooltip, the scan CLI prints `message`
 * (the English reason, like its other messages).
 */
export class UnreadablePageError extends Error {
  override name = 'UnreadablePageError';
  readonly reason: Localized;

  constructor(reason: Localized) {
    super(reason.en);
    this.reason = reason;
  }
}
