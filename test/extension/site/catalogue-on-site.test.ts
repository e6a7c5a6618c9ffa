import { describe, expect, it } from 'vitest';
import type { CatalogueRow } from '../../../extension/db/database.ts';
import { catalogueOnSite } from '../../../extension/site/catalogue-on-site.ts';
import { siteRow } from './site-row.ts';

const entry = (key: string, code: string | null): CatalogueRow => ({
  key,
  code,
  name: key,
  field: '',
  level: '',
});
const CATALOGUE = [
  entry('2.002481', '2.002481'),
  entry('3.000182', '3.000182'),
  entry('Chuyển trường tiểu học', null),
  entry('1.001193', '1.001193'),
];

describe('catalogueOnSite', () => {
  it('shows each catalogue procedure with its best mention, in catalogue order', () => {
    const rows = [
      siteRow('https://a.vn/tin', 9, {}, [{ key: '2.002481', code: '2.002481' }]),
      siteRow('https://a.vn/tthc', 1, {}, [
        {
          key: '2.002481',
          code: '2.002481',
          portalLink: 'https://dichvucong.gov.vn/x?ma_thu_tuc=2.002481',
          linksToProcedure: true,
        },
        { key: '3.000182', code: '3.000182', portalLink: 'https://dichvucong.gov.vn/' },
      ]),
      siteRow('https://a.vn/tieu-hoc', 2, {}, [
        { key: 'Chuyển trường tiểu học', code: null, matchedBy: 'name' },
      ]),
    ];
    expect(catalogueOnSite(CATALOGUE, rows).map(({ key, state, url }) => [key, state, url])).toEqual([
      ['2.002481', 'linked', 'https://a.vn/tthc'],
      ['3.000182', 'portal', 'https://a.vn/tthc'],
      ['Chuyển trường tiểu học', 'no-link', 'https://a.vn/tieu-hoc'],
      ['1.001193', 'missing', null],
    ]);
  });
});
