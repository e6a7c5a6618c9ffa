import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

/** List of procedures received/returned by public post — Decision 45/2016/QĐ-TTg. */
export const u10PostalList: UnitRule = {
  id: 'U10',
  evaluate: (blocks) =>
    blockRule(
      blocks,
      /buu chinh cong ich/,
      {
        vi: 'Có thông tin nhận/trả hồ sơ qua bưu chính công ích.',
        en: 'The page tells which dossiers are received or returned by public post.',
      },
      {
        vi: 'Chưa thấy danh sách thủ tục nhận/trả qua bưu chính công ích.',
        en: 'No list of procedures received or returned by public post has been found yet.',
      },
    ),
};
