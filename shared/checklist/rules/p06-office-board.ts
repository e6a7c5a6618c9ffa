import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Posted at the place that receives dossiers — Decree 63/2010 Art. 17: only a person can tell. */
export const p06OfficeBoard: Rule = {
  id: 'P06',
  evaluate: () =>
    result('chua_kiem_tra', {
      vi: 'Cần người kiểm tra bảng niêm yết (kèm ảnh).',
      en: 'A person checks the notice board at the office (with a photo).',
    }),
};
