import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

/** A "biểu mẫu" (forms) section: a heading or a menu link — Decree 42/2022/NĐ-CP. */
export const u12FormsSection: UnitRule = {
  id: 'U12',
  evaluate: (blocks) =>
    blockRule(
      blocks,
      /\bbieu mau\b/,
      { vi: 'Có chuyên mục biểu mẫu.', en: 'The website has a forms section.' },
      { vi: 'Chưa thấy chuyên mục biểu mẫu.', en: 'No forms section has been found yet.' },
      (block) => /^(h[1-6]|a|nav|dt|th)$/.test(block.tag) || block.text.length <= 60,
    ),
};
