import { describe, expect, it } from 'vitest';
import { sectionHeading } from '../../../shared/site/section-heading.ts';
import type { SiteBlock } from '../../../shared/site/site-block.ts';
import { sitePassages } from '../../../shared/site/site-passages.ts';

const block = (tag: string, text: string, at: string): SiteBlock => ({ tag, text, at, links: [] });

const blocks = [
  block('p', 'Chào mừng quý phụ huynh', 'main > p:nth-of-type(1)'),
  block('h2', 'Địa chỉ tiếp nhận phản ánh, kiến nghị:', 'main > h2:nth-of-type(1)'),
  block('p', 'Điện thoại: (028) 3987 6543', 'main > p:nth-of-type(2)'),
];

describe('sectionHeading', () => {
  const passages = sitePassages(blocks);

  it('names a section by its own heading, as printed, without the colon', () => {
    const index = passages.findIndex((p) => p.tag === 'section');
    expect(sectionHeading(passages, index)).toBe('Địa chỉ tiếp nhận phản ánh, kiến nghị');
  });

  it('names a block by the nearest heading before it, and nothing before any heading', () => {
    const phone = passages.findIndex((p) => p.text.startsWith('Điện thoại'));
    expect(sectionHeading(passages, phone)).toBe('Địa chỉ tiếp nhận phản ánh, kiến nghị');
    expect(sectionHeading(passages, 0)).toBeUndefined();
  });
});
