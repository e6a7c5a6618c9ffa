import { normalizeVi } from '../../text/normalize-vi.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Code and name match the catalogue (latest publication decision) — Decree 63/2010 Art. 15. */
export const p02CodeAndName: Rule = {
  id: 'P02',
  evaluate(facts, { catalogue }) {
    const entry = catalogue?.find((e) => e.code !== null && e.code === facts.code);
    if (!entry || !facts.name)
      return result('chua_kiem_tra', 'Không có mục danh mục cùng mã để đối chiếu tên.');
    const evidence = { text: facts.name, at: 'name' };
    // Names are re-typed in catalogues: compare without accents, case or punctuation.
    const same = normalizeVi(entry.name, { loose: true }) === normalizeVi(facts.name, { loose: true });
    return same
      ? result('dat', 'Mã và tên khớp danh mục.', evidence)
      : result('chua_dat', `Tên trên trang khác tên trong danh mục: "${entry.name}".`, evidence);
  },
};
