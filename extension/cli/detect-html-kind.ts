import type { SourceKind } from '../../shared/procedure/procedure-facts.ts';
import { legacyField } from '../adapters/legacy-labels.ts';

/**
 * The kind of a saved HTML page: the URL decides when it names a portal; otherwise a page with
 * the national database's label table (a "Mã thủ tục" or "Tên thủ tục" label) is a legacy page,
 * and anything else is a unit's own website.
 */
export function detectHtmlKind(doc: Document, url: string | null): Exclude<SourceKind, 'portal-json'> {
  if (url) {
    const { hostname, pathname } = new URL(url);
    if (hostname === 'dichvucong.hochiminhcity.gov.vn') return 'portal-hcmc';
    if (/(^|\.)dichvucong\.gov\.vn$/.test(hostname) && pathname.startsWith('/p/home/'))
      return 'portal-legacy';
  }
  const hasLabelTable = [...doc.querySelectorAll('td, th, dt, b, strong, label, span, div')].some(
    (element) => {
      const field =
        element.children.length <= 2
          ? legacyField((element.textContent ?? '').trim().replace(/:$/, ''))
          : undefined;
      return field === 'code' || field === 'name';
    },
  );
  if (hasLabelTable) return 'portal-legacy';
  return 'unit-site';
}
