import { describe, expect, it } from 'vitest';
import { findCatalogueProcedures } from '../../../shared/site/find-catalogue-procedures.ts';
import type { SiteBlock } from '../../../shared/site/site-block.ts';

const CATALOGUE = [
  { key: '2.002481', code: '2.002481', name: 'Chuyển trường đối với học sinh trung học cơ sở' },
  { key: '3.000182', code: '3.000182', name: 'Tuyển sinh trung học cơ sở' },
];
const block = (text: string, tag = 'p', links: SiteBlock['links'] = []): SiteBlock => ({
  text,
  at: `main > ${tag}`,
  tag,
  links,
});
const found = (blocks: SiteBlock[]) => findCatalogueProcedures(blocks, CATALOGUE).map((l) => l.key);

describe('findCatalogueProcedures', () => {
  it.each([
    ['a list item', block('Chuyển trường đối với HS THCS (nộp tại văn phòng)', 'li')],
    [
      'a numbered entry re-typed without accents',
      block('1. Thu tuc chuyen truong doi voi hoc sinh trung hoc co so'),
    ],
    ['a labelled entry', block('Tên thủ tục: Chuyển trường đối với học sinh trung học cơ sở')],
    ['a link', block('Chuyển trường đối với học sinh trung học cơ sở', 'a')],
    ['a heading', block('Thủ tục chuyển trường đối với học sinh THCS', 'h2')],
    [
      'a table row, wherever the name stands',
      block('Giáo dục trung học Chuyển trường đối với học sinh THCS Xem', 'tr'),
    ],
    ['a code in a sentence', block('Phụ huynh xem hướng dẫn thủ tục 2.002481 trên Cổng DVC.')],
  ])('finds a procedure posted in %s', (_label, posted) => {
    expect(found([posted])).toEqual(['2.002481']);
  });

  it.each([
    [
      'a news sentence',
      block(
        'Phụ huynh đến hỏi về việc chuyển trường đối với học sinh trung học cơ sở khi chuyển nơi ở.',
        'p',
        [
          {
            href: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481',
            text: 'Cổng DVC',
          },
        ],
      ),
    ],
    ['an announcement title', block('Thông báo tuyển sinh trung học cơ sở năm học 2026–2027', 'h2')],
  ])('does not take the mere mention of a name in %s for a posting', (_label, mention) => {
    expect(found([mention])).toEqual([]);
  });
});
