import { isPortalHost, siteHostPattern } from './site-host-pattern.ts';

export type SiteUrlError = 'siteUrlEmpty' | 'siteUrlInvalid' | 'siteUrlScheme' | 'siteUrlPortal';

/**
 * Reads the address typed in Options into the host permission to ask for. An address typed
 * without a scheme (`thcs-abc.hcm.edu.vn`) is taken as https, as a browser's address bar does;
 * any scheme but http(s) is refused, and so are the portals, which are not the unit's own site.
 */
export function parseSiteUrl(input: string): { pattern: string } | { error: SiteUrlError } {
  const typed = input.trim();
  if (!typed) return { error: 'siteUrlEmpty' };
  const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(typed) && !/^[^:/]+:\d+(\/|$)/.test(typed);
  if (hasScheme && !/^https?:\/\//i.test(typed)) return { error: 'siteUrlScheme' };
  let url: URL;
  try {
    url = new URL(hasScheme ? typed : `https://${typed}`);
  } catch {
    return { error: 'siteUrlInvalid' };
  }
  const pattern = siteHostPattern(url.href);
  // A host needs a dot (`localhost` aside) to be a website at all: catches "truong abc" typed as is.
  if (!pattern || !(url.hostname.includes('.') || url.hostname === 'localhost'))
    return { error: 'siteUrlInvalid' };
  if (isPortalHost(url.hostname)) return { error: 'siteUrlPortal' };
  return { pattern };
}
