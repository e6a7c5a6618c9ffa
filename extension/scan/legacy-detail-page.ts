/** The two detail pages of the national database's legacy site (docs/product.md §3). */
const DETAIL_PAGES =
  /^\/p\/home\/(dvc-chi-tiet-thu-tuc-hanh-chinh|dvc-tthc-thu-tuc-hanh-chinh-chi-tiet)\.html$/;

/** Whether a legacy `/p/home/…` path is a procedure's detail page (the only ones worth reading). */
export function isLegacyDetailPage(pathname: string): boolean {
  return DETAIL_PAGES.test(pathname);
}
