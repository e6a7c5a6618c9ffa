import { describe, expect, it } from 'vitest';
import { cssPath } from '../../../extension/adapters/css-path.ts';
import { evidenceLocation, normalizeSpacing } from '../../../extension/highlight/evidence-location.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

describe('evidenceLocation', () => {
  it.each([
    '#tthc-detail > table:nth-of-type(1) > tbody:nth-of-type(1) > tr:nth-of-type(4) > td:nth-of-type(2)',
    'body:nth-of-type(1) > app-root:nth-of-type(1) > div:nth-of-type(2)',
    '#procedure-detail',
  ])('finds the DOM selector %s as it is', (at) => {
    expect(evidenceLocation({ text: 'x', at })).toEqual({ selector: at });
  });

  it('takes every selector cssPath() writes as a selector', () => {
    const doc = parseHtml(
      '<html><body><div id="main"><ul><li>a</li><li><custom-el>b</custom-el></li></ul></div><h3>t</h3></body></html>',
    );
    for (const element of doc.querySelectorAll('li, custom-el, h3')) {
      const location = evidenceLocation({ text: 'x', at: cssPath(element) });
      expect(location).toEqual({ selector: cssPath(element) });
    }
  });

  it.each([
    ['data.subjectTypesDetails[0]', 'Học sinh  trung học\n cơ sở', 'học sinh trung học cơ sở'],
    ['name', 'Chuyển trường', 'chuyển trường'],
    ['code', '2.002481', '2.002481'],
    ['data.executionSteps[0]', 'Bước 1 — Nộp hồ sơ tại trường', 'bước 1'],
  ])('looks for %s by its text', (at, text, needle) => {
    expect(evidenceLocation({ text, at })).toEqual({ needle });
  });

  it('cuts the needle to 60 characters', () => {
    const text = 'Thông tư số 50/2021/TT-BGDĐT sửa đổi, bổ sung một số điều của Quy chế tổ chức';
    const location = evidenceLocation({ text, at: 'data.legalBasisesDetails[0]' });
    expect(location).toEqual({ needle: normalizeSpacing(text).slice(0, 60).trim() });
  });

  it.each([
    ['source.url', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x'],
    ['decisionDate', '2025-06-01'],
    ['data.cases[0]', ' '],
  ])('has no place on the page for %s', (at, text) => {
    expect(evidenceLocation({ text, at })).toBeNull();
  });
});
