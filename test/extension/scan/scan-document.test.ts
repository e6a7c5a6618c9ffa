import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../extension/cli/scan-file.ts';
import { scanDocument } from '../../../extension/scan/scan-document.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

const corpus = (path: string) =>
  readFileSync(new URL(`../../fixtures/corpus/${path}`, import.meta.url), 'utf8');
const LEGACY =
  'https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481';
const HCMC = 'https://dichvucong.hochiminhcity.gov.vn/vi/procedure/detail/66a1b2c3d4e5f60718293a4b';

describe('scanDocument', () => {
  it.each([
    ['portal-legacy', 'portal-legacy/2.002481-complete.html', LEGACY],
    ['portal-hcmc', 'portal-hcmc/2.002481-detail.html', HCMC],
  ] as const)('reads a %s page with the same results as the scan CLI', (kind, path, url) => {
    const html = corpus(path);
    const scan = scanDocument(parseHtml(html), url, kind);
    if (scan.state !== 'ok') throw new Error(scan.message.en);
    expect(scan.facts.source).toEqual({ kind, url });
    expect(scan.ms).toBeGreaterThanOrEqual(0);
    const cli = scanText(html, url, null).procedures[0]?.items ?? {};
    expect(Object.fromEntries(Object.entries(scan.results).map(([id, r]) => [id, r.status]))).toEqual(
      Object.fromEntries(Object.entries(cli).map(([id, r]) => [id, r.status])),
    );
  });

  it('answers the calm error state for a page that is not a procedure page', () => {
    const scan = scanDocument(
      parseHtml('<html><body><h1>Trang chủ</h1></body></html>'),
      LEGACY,
      'portal-legacy',
    );
    expect(scan).toEqual({
      state: 'error',
      message: {
        vi: expect.stringContaining('Trang không có'),
        en: expect.stringContaining('no procedure table'),
      },
    });
  });
});
