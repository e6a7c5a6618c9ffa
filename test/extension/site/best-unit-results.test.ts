import { describe, expect, it } from 'vitest';
import { bestUnitResults } from '../../../extension/site/best-unit-results.ts';
import { siteRow } from './site-row.ts';

describe('bestUnitResults', () => {
  it('is empty before any page is scanned', () => {
    expect(bestUnitResults([])).toEqual({});
  });

  it('takes dat from whichever page shows the evidence, and counts the pages', () => {
    const best = bestUnitResults([
      siteRow('https://a.vn/lich', 1, { U04: 'chua_kiem_tra', U06: 'dat' }),
      siteRow('https://a.vn/', 2, { U04: 'dat', U06: 'chua_kiem_tra' }),
      siteRow('https://a.vn/tin', 3, { U04: 'chua_kiem_tra', U06: 'chua_kiem_tra' }),
    ]);
    expect(best.U06).toMatchObject({ url: 'https://a.vn/lich', pages: 3, result: { status: 'dat' } });
    expect(best.U04).toMatchObject({ url: 'https://a.vn/', pages: 3, result: { status: 'dat' } });
  });

  it('among equal results keeps the latest page', () => {
    const best = bestUnitResults([
      siteRow('https://a.vn/new', 5, { U12: 'dat' }),
      siteRow('https://a.vn/old', 1, { U12: 'dat' }),
    ]);
    expect(best.U12?.url).toBe('https://a.vn/new');
  });

  it('without evidence anywhere stays chua_kiem_tra', () => {
    expect(bestUnitResults([siteRow('https://a.vn/', 1, { U10: 'chua_kiem_tra' })]).U10?.result.status).toBe(
      'chua_kiem_tra',
    );
  });
});
