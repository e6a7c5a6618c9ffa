/** Hosts of the portals where procedures are published (docs/product.md §3). */
const PORTAL_HOSTS = /(^|\.)(dichvucong\.gov\.vn|dichvucong\.hochiminhcity\.gov\.vn)$/;

/** Paths of a single procedure's page on those portals (new SPA, legacy pages, city portal). */
const PROCEDURE_PATHS =
  /\/thu-tuc-hanh-chinh\/[\w-]+|chi-tiet[\w-]*\.html|ma_thu_tuc=|\/procedure\/detail\/[0-9a-f]+/i;

/** True for the hosts of the national and city portals (and their subdomains). */
export const isPortalHost = (hostname: string): boolean => PORTAL_HOSTS.test(hostname.toLowerCase());

export type PortalLinkKind = 'procedure' | 'portal' | 'other';

/** Whether `href` leads to a procedure page on a portal, to a portal elsewhere, or somewhere else. */
export function portalLinkKind(href: string, base?: string): PortalLinkKind {
  const target = ABSOLUTE.exec(href.trim()) ?? (href.startsWith('/') && base ? relative(href, base) : null);
  if (!target) return 'other';
  const [, host = '', rest = ''] = target;
  if (!PORTAL_HOSTS.test(host.toLowerCase().replace(/:\d+$/, ''))) return 'other';
  return PROCEDURE_PATHS.test(rest) ? 'procedure' : 'portal';
}

// `shared/` has no DOM or Node types, so no `URL`: a link only needs its host and path here.
const ABSOLUTE = /^(?:https?:)?\/\/([^/?#]+)([^#]*)/i;

function relative(href: string, base: string): RegExpExecArray | null {
  const origin = ABSOLUTE.exec(base);
  return origin ? ABSOLUTE.exec(`//${origin[1]}${href}`) : null;
}
