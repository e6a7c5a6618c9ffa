import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { reportError } from '../../report-error.ts';
import { unitSitePatterns } from '../../site/unit-site-patterns.ts';

/**
 * The unit websites granted so far, as the browser lists them (`permissions.getAll`), following
 * grants and removals made here or in the browser's own menus. Each entry is the granted origin
 * itself, so removing it removes exactly what was granted. Undefined until first read.
 */
export function useGrantedSites(): string[] | undefined {
  const [sites, setSites] = useState<string[] | undefined>(undefined);
  useEffect(() => {
    const read = () =>
      browser.permissions
        .getAll()
        .then(({ origins = [] }) =>
          setSites(origins.filter((origin) => unitSitePatterns([origin]).length > 0)),
        )
        .catch((error: unknown) => reportError('options.sites', error));
    void read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, []);
  return sites;
}
