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
  // A unit's own list of procedures may have "Mã thủ tục | Tên thủ tục" column headers; a detail
  // page pairs at least three labels with values.
  const fields = new Set<string>();
  for (const element of doc.querySelectorAll('td, th, dt, b, strong, label, span, div')) {
    const field = element.children.length <= 2 ? legacyField(text(element)) : undefined;
    const value = element.nextElementSibling;
    if (field && value && !legacyField(text(value))) fields.add(field);
  }
  const hasLabelTable = fields.size >= 3;
  if (hasLabelTable) return 'portal-legacy';
  return 'unit-site';
}

const text = (element: Element): string =>
  (element.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/:$/, '');
