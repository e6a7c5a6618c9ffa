import type { Language } from '../i18n/messages.ts';
import { sendMessage } from '../messages/send-message.ts';

/**
 * The interface language the person chose, asked of the background: a content script cannot read
 * the extension's database (its IndexedDB is the page's). Vietnamese when the answer is missing.
 */
export async function askLanguage(): Promise<Language> {
  try {
    const answer = (await sendMessage({ type: 'get-language' })) as { language?: unknown } | undefined;
    return answer?.language === 'en' ? 'en' : 'vi';
  } catch {
    // The background is restarting or the extension was updated: the default still reads well.
    return 'vi';
  }
}
