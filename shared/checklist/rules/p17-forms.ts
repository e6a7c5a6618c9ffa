import { isPlaceholder } from '../../text/is-placeholder.ts';
import { normalizeVi } from '../../text/normalize-vi.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/**
 * A dossier component that is a form to fill in: "đơn xin…", "tờ khai", "theo mẫu", "mẫu số…".
 * Matched on accent-free text, so "đơn vị", "đón" and "máu" must not count.
 */
const FORM =
  /\b(don (xin|de nghi|dang ky|yeu cau|khieu nai)|to khai|theo mau|mau don|mau so)\b|^(\W*)don\b(?! vi)/;

/** Downloadable forms, when the dossier has any — Decree 63/2010 Art. 8(2)i (SEMI). */
export const p17Forms: Rule = {
  id: 'P17',
  evaluate(facts) {
    const { forms, dossier } = facts.parts;
    const file = forms?.find((form) => !isPlaceholder(form.text));
    if (file)
      return result(
        'dat',
        { vi: 'Có mẫu đơn, tờ khai tải được.', en: 'The page offers the forms for download.' },
        file,
      );
    if (dossier === undefined)
      return result('chua_kiem_tra', {
        vi: 'Trang không cho biết thành phần hồ sơ.',
        en: 'The page says nothing about the dossier components.',
      });
    const needsForm = dossier.find((part) => FORM.test(normalizeVi(part.text, { loose: true })));
    if (needsForm)
      return result(
        'chua_dat',
        {
          vi: 'Hồ sơ có mẫu đơn, tờ khai nhưng không có tệp tải về.',
          en: 'The dossier includes a form to fill in, but the page offers no file to download.',
        },
        needsForm,
      );
    return result('khong_ap_dung', {
      vi: 'Hồ sơ không có mẫu đơn, tờ khai.',
      en: 'The dossier has no form to fill in.',
    });
  },
};
