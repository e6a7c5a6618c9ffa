import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

/** A "biểu mẫu" (forms) section: a heading or a menu link — Decree 42/2022/NĐ-CP. */
export const u12FormsSection: UnitRule = {
  id: 'U12',
  evaluate: (blocks) =>
    blockRule(
      blocks,
      /\bbieu mau\b/,
      'Có chuyên mục biểu mẫu.',
      'Chưa thấy chuyên mục biểu mẫu.',
      (block) => /^(h[1-6]|a|nav|dt|th)$/.test(block.tag) || block.text.length <= 60,
    ),
};
