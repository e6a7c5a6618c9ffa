import { describe, expect, it } from 'vitest';
import { isLegacyDetailPage } from '../../../extension/scan/legacy-detail-page.ts';

describe('isLegacyDetailPage', () => {
  it.each([
    ['/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html', true],
    ['/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html', true],
    ['/p/home/dvc-trang-chu.html', false],
    ['/p/home/dvc-tthc-co-quan-thuc-hien.html', false],
    ['/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html.bak', false],
    ['/thu-tuc-hanh-chinh/019d2bfd-8e22-77ef-819f-e49460350904', false],
  ])('%s → %s', (path, expected) => {
    expect(isLegacyDetailPage(path)).toBe(expected);
  });
});
