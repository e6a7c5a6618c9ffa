import { browser } from 'wxt/browser';
import type { ExtensionMessage } from './extension-message.ts';

/** Typed `browser.runtime.sendMessage`: only {@link ExtensionMessage}s leave an extension part. */
export function sendMessage(message: ExtensionMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
