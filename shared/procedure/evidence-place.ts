import type { Localized } from '../text/localized.ts';
import type { Excerpt } from './procedure-facts.ts';

/**
 * Where the facts that rules read themselves (not a part's excerpt) come from, in words: the
 * portal prints the first three as labelled rows; the last three are not page text.
 */
const FIELD_PLACES: Readonly<Record<string, Localized>> = {
  code: { vi: 'mục “Mã thủ tục”', en: 'the “Mã thủ tục” (procedure code) row' },
  name: { vi: 'mục “Tên thủ tục”', en: 'the “Tên thủ tục” (procedure name) row' },
  decisionNumber: { vi: 'mục “Số quyết định”', en: 'the “Số quyết định” (decision number) row' },
  'source.url': { vi: 'địa chỉ của trang', en: 'the address of the page' },
  decisionDate: { vi: 'ngày ban hành quyết định công bố', en: 'the date of the publication decision' },
  updatedAt: { vi: 'ngày Cổng cập nhật thủ tục', en: 'the date the portal last updated the procedure' },
};

/**
 * Where an excerpt was read, as people call it: the page's own section name
 * (`mục “Cơ quan thực hiện”`), never the selector or JSON path in `at`, which only the
 * highlighter reads. An excerpt from another page (the unit's website, `"<url> <selector>"`)
 * names that page. Null when nothing better than "on this page" is known.
 *
 * @example evidencePlace({ text: 'UBND xã', at: 'tr:nth-of-type(9) > td:nth-of-type(2)', section: 'Cơ quan thực hiện' })
 *   // { vi: 'mục “Cơ quan thực hiện”', en: 'the “Cơ quan thực hiện” section' }
 */
export function evidencePlace(excerpt: Excerpt): Localized | null {
  const page = /^(https?:\/\/\S+) /.exec(excerpt.at)?.[1];
  if (excerpt.section) {
    const section = { vi: `mục “${excerpt.section}”`, en: `the “${excerpt.section}” section` };
    return page
      ? { vi: `${section.vi} của trang ${page}`, en: `${section.en} of the page ${page}` }
      : section;
  }
  if (page) return { vi: `trang ${page}`, en: `the page ${page}` };
  return FIELD_PLACES[excerpt.at] ?? null;
}
