import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

/** The disclosure section schools keep under Circular 09/2024/TT-BGDĐT. */
export const u13SchoolDisclosure: UnitRule = {
  id: 'U13',
  evaluate: (blocks) =>
    blockRule(
      blocks,
      /09\/2024\/tt ?bgd ?dt|09 2024 tt bgddt|\bcong khai\b/,
      'Có chuyên mục công khai theo Thông tư 09/2024/TT-BGDĐT.',
      'Chưa thấy chuyên mục công khai theo Thông tư 09/2024/TT-BGDĐT.',
      (block) =>
        /09\/2024/.test(block.text) || /^(h[1-6]|a|nav|dt|th)$/.test(block.tag) || block.text.length <= 60,
    ),
};
