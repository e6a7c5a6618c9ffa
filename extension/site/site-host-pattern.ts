import { isPortalHost } from '../../shared/site/portal-link.ts';

/**
 * The match pattern for a web page's host: `https://thcs-abc.hcm.edu.vn/*`. The port is left out
 * on purpose: Firefox refuses ports in match patterns and Chromium matches every port without one.
 * Null for anything but a plain http(s) host.
 */
export function siteHostPattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname || parsed.hostname.includes('*')) return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Whether the host is one of the portals, which have their own content script (docs/product.md §3). */
export { isPortalHost };
