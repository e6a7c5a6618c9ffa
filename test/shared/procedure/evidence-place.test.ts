import { describe, expect, it } from 'vitest';
import { evidencePlace } from '../../../shared/procedure/evidence-place.ts';

describe('evidencePlace', () => {
  it("names the page's own section, never the selector", () => {
    const place = evidencePlace({
      text: 'UBND xã',
      at: '#tthc-detail > tr:nth-of-type(9) > td:nth-of-type(2)',
      section: 'Cơ quan thực hiện',
    });
    expect(place).toEqual({ vi: 'mục “Cơ quan thực hiện”', en: 'the “Cơ quan thực hiện” section' });
  });

  it('names the facts rules read themselves, and the page address', () => {
    expect(evidencePlace({ text: '2.000815', at: 'code' })?.vi).toBe('mục “Mã thủ tục”');
    expect(evidencePlace({ text: 'https://x', at: 'source.url' })?.en).toBe('the address of the page');
    expect(evidencePlace({ text: '01/02/2025', at: 'decisionDate' })?.vi).toBe(
      'ngày ban hành quyết định công bố',
    );
  });

  it('names the other page an excerpt came from, and its section when known', () => {
    const at = 'https://thcs.example.edu.vn/tthc main > ul:nth-of-type(1) > li:nth-of-type(2)';
    expect(evidencePlace({ text: 'Chuyển trường', at })).toEqual({
      vi: 'trang https://thcs.example.edu.vn/tthc',
      en: 'the page https://thcs.example.edu.vn/tthc',
    });
    expect(evidencePlace({ text: 'Chuyển trường', at, section: 'Thủ tục hành chính' })?.vi).toBe(
      'mục “Thủ tục hành chính” của trang https://thcs.example.edu.vn/tthc',
    );
  });

  it('says nothing rather than show a selector or a JSON path', () => {
    expect(evidencePlace({ text: 'x', at: 'main > p:nth-of-type(3)' })).toBeNull();
    expect(evidencePlace({ text: 'x', at: 'data.cases[0]' })).toBeNull();
  });
});
