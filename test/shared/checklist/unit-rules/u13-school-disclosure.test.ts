import { describe, expect, it } from 'vitest';
import { u13SchoolDisclosure } from '../../../../shared/checklist/unit-rules/u13-school-disclosure.ts';
import type { SiteBlock } from '../../../../shared/site/site-block.ts';

const block = (at: string, text: string, tag: string): SiteBlock => ({ text, at, tag, links: [] });
const judge = (...blocks: SiteBlock[]) => u13SchoolDisclosure.evaluate(blocks, []).status;

describe('u13SchoolDisclosure', () => {
  it('finds a "Công khai" menu entry or a page naming Circular 09/2024', () => {
    expect(judge(block('nav > a:nth-of-type(4)', 'Công khai', 'a'))).toBe('dat');
    expect(judge(block('nav > a:nth-of-type(4)', 'Ba công khai', 'a'))).toBe('dat');
    expect(
      judge(
        block(
          'article > p:nth-of-type(1)',
          'Căn cứ Thông tư 09/2024/TT-BGDĐT quy định về công khai trong hoạt động của các cơ sở giáo dục',
          'p',
        ),
      ),
    ).toBe('dat');
  });

  it('does not take the procedures’ own posting ("Công khai thủ tục hành chính") for the school’s section', () => {
    expect(judge(block('main > h1:nth-of-type(1)', 'Công khai thủ tục hành chính', 'h1'))).toBe(
      'chua_kiem_tra',
    );
    expect(judge(block('nav > a:nth-of-type(2)', 'Công khai TTHC', 'a'))).toBe('chua_kiem_tra');
  });
});
