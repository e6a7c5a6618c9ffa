/** Portal SPA route of one procedure: `/thu-tuc-hanh-chinh/{formalityId}` (docs/product.md §3). */
const ROUTE = /^\/thu-tuc-hanh-chinh\/([0-9a-fA-F-]{8,64})\/?$/;

/** The formality id in a portal URL path, or null when the path is not a procedure page. */
export function formalityId(pathname: string): string | null {
  return ROUTE.exec(pathname)?.[1] ?? null;
}
