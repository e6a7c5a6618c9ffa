import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

/**
 * The disclosure section schools keep under Circular 09/2024/TT-BGDĐT: the circular named, or a
 * "Công khai" heading or menu entry — but not "Công khai thủ tục hành chính", which is the
 * procedures' own posting (P05, U02), not the school's disclosure section.
 */
export const u13SchoolDisclosure: UnitRule = {
  id: 'U13',
  evaluate: (blocks) =>
    blockRule(
      blocks,
      /09\/2024\/tt ?bgd ?dt|09 2024 tt bgddt|\bcong khai\b(?! (thu tuc hanh chinh|tthc)\b)/,
      {
        vi: 'Có chuyên mục công khai theo Thông tư 09/2024/TT-BGDĐT.',
        en: 'The website has the disclosure section of Circular 09/2024 of the Ministry of Education and Training.',
      },
      {
        vi: 'Chưa thấy chuyên mục công khai theo Thông tư 09/2024/TT-BGDĐT.',
        en: 'No disclosure section under Circular 09/2024 of the Ministry of Education and Training has been found yet.',
      },
      (block) =>
        /09\/2024/.test(block.text) || /^(h[1-6]|a|nav|dt|th)$/.test(block.tag) || block.text.length <= 60,
    ),
};
