import { describe, expect, it } from 'vitest';
import type { SiteBlock } from '../../../shared/site/site-block.ts';
import { sitePassages } from '../../../shared/site/site-passages.ts';

const block = (at: string, text: string, links: SiteBlock['links'] = []): SiteBlock => ({
  text,
  at,
  tag: /(h[1-6]|dt|p|li|a)(?=:nth-of-type\(\d+\)$)/.exec(at)?.[1] ?? 'div',
  links,
});
const sections = (blocks: SiteBlock[]) =>
  sitePassages(blocks)
    .filter((passage) => passage.tag === 'section')
    .map((passage) => passage.text);

describe('sitePassages', () => {
  it('reads a heading with the blocks under it as one passage, before the blocks themselves', () => {
    const link = { href: 'mailto:a@b.vn', text: 'a@b.vn' };
    const blocks = [
      block('#content > section:nth-of-type(1) > h2:nth-of-type(1)', 'Phản ánh, kiến nghị'),
      block('#content > section:nth-of-type(1) > p:nth-of-type(1)', 'Điện thoại: (028) 3987 6543'),
      block('#content > section:nth-of-type(1) > p:nth-of-type(2)', 'Email: a@b.vn', [link]),
    ];
    const passages = sitePassages(blocks);
    expect(passages[0]).toEqual({
      text: 'Phản ánh, kiến nghị Điện thoại: (028) 3987 6543 Email: a@b.vn',
      at: blocks[0]?.at,
      tag: 'section',
      links: [link],
    });
    expect(passages.slice(1)).toEqual(blocks);
  });

  it('ends a section at the next heading and outside the heading’s container', () => {
    expect(
      sections([
        block('main > section:nth-of-type(1) > h2:nth-of-type(1)', 'Lịch tiếp công dân'),
        block('main > section:nth-of-type(1) > p:nth-of-type(1)', 'Thứ Ba'),
        block('main > section:nth-of-type(2) > h2:nth-of-type(1)', 'Liên hệ'),
        block('main > section:nth-of-type(2) > p:nth-of-type(1)', 'Hiệu trưởng'),
        block('#footer > p:nth-of-type(1)', '028 3894 1234'),
      ]),
    ).toEqual(['Lịch tiếp công dân Thứ Ba', 'Liên hệ Hiệu trưởng']);
  });

  it('takes the box around a heading that sits alone in its title box', () => {
    expect(
      sections([
        block('aside > div:nth-of-type(1) > div:nth-of-type(1) > h3:nth-of-type(1)', 'Phản ánh, kiến nghị'),
        block('aside > div:nth-of-type(1) > div:nth-of-type(2) > p:nth-of-type(1)', 'ĐT: 028.3898.1234'),
      ]),
    ).toEqual(['Phản ánh, kiến nghị ĐT: 028.3898.1234']);
  });

  it('does not run from a heading into the page footer or into another part of the page', () => {
    expect(
      sections([
        block('body > h2:nth-of-type(1)', 'Tin mới'),
        block('body > p:nth-of-type(1)', 'Khai giảng'),
        block('body > footer:nth-of-type(1) > p:nth-of-type(1)', 'Phản ánh: 028 3894 1234'),
      ]),
    ).toEqual(['Tin mới Khai giảng']);
    expect(
      sections([
        block('body > main:nth-of-type(1) > h2:nth-of-type(1)', 'Tin mới'),
        block('body > div:nth-of-type(3) > p:nth-of-type(1)', 'Phản ánh: 028 3894 1234'),
      ]),
    ).toEqual([]);
  });

  it('reads a definition term with its descriptions', () => {
    expect(
      sections([
        block('#lien-he > dl:nth-of-type(1) > dt:nth-of-type(1)', 'Đường dây nóng'),
        block('#lien-he > dl:nth-of-type(1) > dd:nth-of-type(1)', '1900 1234'),
      ]),
    ).toEqual(['Đường dây nóng 1900 1234']);
  });

  it('reads a heading known only by its id with the few blocks right after it', () => {
    const heading = { ...block('#pakn', 'Phản ánh, kiến nghị'), tag: 'h2' };
    expect(
      sections([
        heading,
        block('main > p:nth-of-type(1)', 'Điện thoại: 1900 1234'),
        block('main > p:nth-of-type(2)', 'Email: a@b.vn'),
        block('main > p:nth-of-type(3)', 'Địa chỉ: 12 Trường Sơn'),
        block('main > p:nth-of-type(4)', 'Giờ làm việc'),
      ]),
    ).toEqual(['Phản ánh, kiến nghị Điện thoại: 1900 1234 Email: a@b.vn Địa chỉ: 12 Trường Sơn']);
  });

  it('keeps a long article from becoming one passage', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) =>
      block(`article > p:nth-of-type(${i + 1})`, `Đoạn ${i + 1}`),
    );
    const [section] = sections([block('article > h1:nth-of-type(1)', 'Tin tức'), ...paragraphs]);
    expect(section?.split(' Đoạn ')).toHaveLength(13);
  });
});
