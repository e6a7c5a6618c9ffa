import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** In the unit's catalogue and still in force — Decree 63/2010 Art. 14. */
export const p01InCatalogue: Rule = {
  id: 'P01',
  evaluate(facts, { catalogue }) {
    const at = { text: facts.code ?? '', at: 'code' };
    if (facts.state === 'abolished')
      return result(
        'chua_dat',
        { vi: 'Thủ tục đã bị bãi bỏ trên Cổng DVC.', en: 'The procedure is abolished on the portal.' },
        at,
      );
    if (!catalogue)
      return result('chua_kiem_tra', {
        vi: 'Chưa có danh mục của đơn vị để đối chiếu.',
        en: 'There is no unit catalogue to compare with yet.',
      });
    if (!facts.code)
      return result('chua_kiem_tra', {
        vi: 'Trang không ghi mã thủ tục để đối chiếu với danh mục.',
        en: 'The page shows no procedure code to look up in the catalogue.',
      });
    if (catalogue.some((entry) => entry.code === facts.code)) {
      return result(
        'dat',
        { vi: 'Thủ tục thuộc danh mục của đơn vị.', en: "The procedure is in the unit's catalogue." },
        at,
      );
    }
    return result(
      'chua_dat',
      {
        vi: `Mã ${facts.code} không có trong danh mục của đơn vị.`,
        en: `Code ${facts.code} is not in the unit's catalogue.`,
      },
      at,
    );
  },
};
