import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { reportError } from '../../report-error.ts';

/** Id of the active tab in this window, following tab switches; null until known. */
export function useActiveTabId(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? null))
      .catch((error: unknown) => reportError('sidepanel.tabs', error));
    const onActivated = (info: { tabId: number }) => setTabId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}
