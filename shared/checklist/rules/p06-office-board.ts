import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Posted at the place that receives dossiers — Decree 63/2010 Art. 17: only a person can tell. */
export const p06OfficeBoard: Rule = {
  id: 'P06',
  evaluate: () => result('chua_kiem_tra', 'Cần người kiểm tra bảng niêm yết (kèm ảnh).'),
};
