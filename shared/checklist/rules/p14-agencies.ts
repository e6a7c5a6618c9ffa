import { isPlaceholder } from '../../text/is-placeholder.ts';
import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/**
 * cơ quan thực hiện — Decree 63/2010 Art. 8(2)g; the receiving address only informs the reason.
 *
 * Decision (issue #8): the address that receives dossiers is not required for P14. Art. 8(2) of
 * Decree 63/2010 (as amended by 48/2013 and 92/2017) lists the parts every procedure must have,
 * and its point g is "Cơ quan thực hiện thủ tục hành chính" — the executing agency, not its
 * address; no point of Art. 8(2) names a receiving address. Where and how a dossier is handed in
 * belongs to the steps and the methods (points b and c, P09 and P10). docs/product.md §4 marks
 * P14 "AUTO / SEMI for address" accordingly: the agency decides automatically, the address is
 * candidate evidence a person looks at. The national database agrees in practice: about half of
 * its records leave `dossierReceivingAddresses` empty (docs/product.md §3), and the legacy pages
 * print "Không có thông tin" there. So an empty or placeholder address leaves P14 met when the
 * agency is stated, and the reason says the address is missing; an address without any agency is
 * not met.
 */
export const p14Agencies: Rule = {
  id: 'P14',
  evaluate(facts) {
    const agency = partPresence(facts, 'agencies', { vi: 'cơ quan thực hiện', en: 'the executing agency' });
    if (agency.status !== 'dat') return agency;
    const address = facts.parts.receivingAddress?.find((part) => !isPlaceholder(part.text));
    return {
      ...agency,
      reason: address
        ? {
            vi: `Có cơ quan thực hiện và địa chỉ tiếp nhận hồ sơ: "${address.text}".`,
            en: `The page states the executing agency and where dossiers are received: "${address.text}".`,
          }
        : {
            vi: 'Có cơ quan thực hiện; trang không ghi địa chỉ tiếp nhận hồ sơ (Điều 8 khoản 2 điểm g Nghị định 63/2010/NĐ-CP không bắt buộc; nơi nộp xem ở trình tự, cách thức thực hiện).',
            en: 'The page states the executing agency but no address where dossiers are received (not required by Decree 63/2010, Art. 8(2)(g); where to submit is in the steps and methods).',
          },
    };
  },
};
