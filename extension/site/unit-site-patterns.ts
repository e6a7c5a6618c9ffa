import { isPortalHost, siteHostPattern } from './site-host-pattern.ts';

/** A granted origin as `permissions.getAll()` lists it: `https://host/*`, `*://host/*`, maybe a port. */
const GRANTED = /^(\*|https?):\/\/([^/:*]+)(?::\d+)?\//i;

/**
 * The pages the unit-site content script runs on: the hosts the person granted in Options
 * (optional host permissions), one `scheme://host/*` pattern each, sorted and without duplicates.
 * Left out: the portals (they have their own content script), the sync server, and wildcard hosts
 * (Chromium's "on all sites" grant), which would make every page a unit site.
 */
export function unitSitePatterns(grantedOrigins: readonly string[], serverUrl?: string | null): string[] {
  const serverHost = serverUrl ? hostOf(serverUrl) : null;
  const patterns = new Set<string>();
  for (const origin of grantedOrigins) {
    const [, scheme, host] = GRANTED.exec(origin) ?? [];
    if (!scheme || !host) continue;
    const hostname = host.toLowerCase();
    if (hostname === serverHost || isPortalHost(hostname)) continue;
    patterns.add(`${scheme.toLowerCase()}://${hostname}/*`);
  }
  return [...patterns].sort();
}

function hostOf(url: string): string | null {
  const pattern = siteHostPattern(url);
  return pattern ? (GRANTED.exec(pattern)?.[2] ?? null) : null;
}
