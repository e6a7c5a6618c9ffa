import * as v from 'valibot';

/**
 * Messages the side panel sends a content script with `browser.tabs.sendMessage` (the other way
 * from {@link ExtensionMessageSchema}): the badge's listener validates each one and ignores
 * anything else, so no page can drive it.
 */
export const PageMessageSchema = v.variant('type', [
  /**
   * Scroll to the page part behind an item and make its highlight blink; answered `{ ok, found }`.
   * `url` is the address the side panel's results were read at: a tab that has moved on to
   * another procedure answers `found: false` rather than show that procedure's part.
   */
  v.object({
    type: v.literal('show-evidence'),
    itemId: v.pipe(v.string(), v.regex(/^[PU]\d{2}$/)),
    url: v.pipe(v.string(), v.maxLength(4_000)),
  }),
]);

export type PageMessage = v.InferOutput<typeof PageMessageSchema>;
