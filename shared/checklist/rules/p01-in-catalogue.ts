import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** In the unit's catalogue and still in force — Decree 63/2010 Art. 14. */
export const p01InCatalogue: Rule = {
  id: 'P01',
  evaluate(facts, { catalogue }) {
    const at = { text: facts.code ?? '', at: 'code' };
    if (facts.state === 'abolished') return result('chua_dat', 'Thủ tục đã bị bãi bỏ trên Cổng DVC.', at);
    if (!catalogue || !facts.code)
      return result('chua_kiem_tra', 'Chưa có danh mục của đơn vị để đối chiếu.');
    if (catalogue.some((entry) => entry.code === facts.code)) {
      return result('dat', 'Thủ tục thuộc danh mục của đơn vị.', at);
    }
    return result('chua_dat', `Mã ${facts.code} không có trong danh mục của đơn vị.`, at);
  },
};
