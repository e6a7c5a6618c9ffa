import { browser } from 'wxt/browser';
import type { PageMessage } from './page-message.ts';

/** Typed `browser.tabs.sendMessage`: only {@link PageMessage}s go to a tab's content script. */
export function sendPageMessage(tabId: number, message: PageMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}
