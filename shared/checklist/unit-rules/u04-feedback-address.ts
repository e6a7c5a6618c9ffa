import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

const PHONE = /(\+84|\b0)[\d .-]{8,13}\d/;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

/** Feedback (PAKN) address on the website: a phone or email next to "phản ánh, kiến nghị" — Decree 20/2008. */
export const u04FeedbackAddress: UnitRule = {
  id: 'U04',
  evaluate: (blocks) =>
    blockRule(
      blocks,
      /phan anh|kien nghi|pakn/,
      {
        vi: 'Có địa chỉ tiếp nhận phản ánh, kiến nghị.',
        en: 'The page gives where to send feedback and petitions (a phone number or an email).',
      },
      {
        vi: 'Chưa thấy địa chỉ tiếp nhận phản ánh, kiến nghị (điện thoại, email).',
        en: 'No contact for feedback and petitions (phone, email) has been found yet.',
      },
      (block) => PHONE.test(block.text) || EMAIL.test(block.text),
    ),
};
