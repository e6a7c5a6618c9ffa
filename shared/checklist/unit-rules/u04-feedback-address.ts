import { findPhoneNumber } from '../../text/find-phone-number.ts';
import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

/**
 * Feedback (PAKN) address on the website: a phone number (in any of its usual spellings) or an
 * email in the same block or section as "phản ánh, kiến nghị" — Decree 20/2008.
 */
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
      (passage) => findPhoneNumber(passage.text) !== null || EMAIL.test(passage.text),
    ),
};
