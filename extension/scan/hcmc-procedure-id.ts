/** City portal route of one procedure: `/vi/procedure/detail/{24-hex id}`, or `/en/…` (docs/product.md §3). */
const ROUTE = /^\/(?:vi|en)\/procedure\/detail\/([0-9a-fA-F]{24})\/?$/;

/** The procedure id in a city portal path, or null when the path is not a procedure page. */
export function hcmcProcedureId(pathname: string): string | null {
  return ROUTE.exec(pathname)?.[1] ?? null;
}
