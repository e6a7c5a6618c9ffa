import { normalizeVi } from '../../text/normalize-vi.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Code and name match the catalogue (latest publication decision) — Decree 63/2010 Art. 15. */
export const p02CodeAndName: Rule = {
  id: 'P02',
  evaluate(facts, { catalogue }) {
    const entry = catalogue?.find((e) => e.code !== null && e.code === facts.code);
    if (!entry)
      return result('chua_kiem_tra', {
        vi: 'Không có mục danh mục cùng mã để đối chiếu tên.',
        en: 'No catalogue entry has this code, so the name cannot be compared.',
      });
    if (!facts.name)
      return result('chua_kiem_tra', {
        vi: 'Trang không ghi tên thủ tục để đối chiếu với danh mục.',
        en: 'The page shows no procedure name to compare with the catalogue.',
      });
    const evidence = { text: facts.name, at: 'name' };
    // Names are re-typed in catalogues: compare without accents, case or punctuation.
    const same = normalizeVi(entry.name, { loose: true }) === normalizeVi(facts.name, { loose: true });
    return same
      ? result(
          'dat',
          { vi: 'Mã và tên khớp danh mục.', en: 'The code and name match the catalogue.' },
          evidence,
        )
      : result(
          'chua_dat',
          {
            vi: `Tên trên trang khác tên trong danh mục: "${entry.name}".`,
            en: `The name on the page differs from the catalogue's: "${entry.name}".`,
          },
          evidence,
        );
  },
};
