import { browser } from 'wxt/browser';
import { sendPageMessage } from '../../messages/send-page-message.ts';

/**
 * "Xem trên trang": brings the tab the results were read in to the front and asks its badge to
 * scroll to the item's part and make its highlight blink. False — shown to the person as a
 * sentence with a next step — when the tab is gone, has moved on from `url`, or no longer shows
 * that part; never throws.
 */
export async function showOnPage(tabId: number, url: string, itemId: string): Promise<boolean> {
  try {
    await browser.tabs.update(tabId, { active: true });
    const answer = (await sendPageMessage(tabId, { type: 'show-evidence', itemId, url })) as
      | { found?: unknown }
      | undefined;
    return answer?.found === true;
  } catch {
    // A closed tab, or a page without the badge (reloaded elsewhere, another site): not found.
    return false;
  }
}
