/**
 * The national database's page of a procedure code (docs/product.md §3: the legacy detail page
 * opens by code, whereas the new portal's pages need an id the code does not give).
 */
export const portalPageForCode = (code: string): string =>
  `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${encodeURIComponent(code)}`;
