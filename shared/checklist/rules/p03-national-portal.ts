import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Published on the national portal / database — Decree 63/2010 Art. 15(1). */
export const p03NationalPortal: Rule = {
  id: 'P03',
  evaluate(facts) {
    if (facts.source.kind !== 'portal-json' && facts.source.kind !== 'portal-legacy') {
      return result('chua_kiem_tra', {
        vi: 'Cần mở trang thủ tục trên Cổng DVC quốc gia.',
        en: "Open the procedure's page on the national portal to check.",
      });
    }
    const evidence = { text: facts.source.url || facts.source.kind, at: 'source.url' };
    if (facts.state === 'abolished')
      return result(
        'chua_dat',
        { vi: 'Trang thủ tục ghi đã bãi bỏ.', en: "The procedure's page says it is abolished." },
        evidence,
      );
    return result(
      'dat',
      {
        vi: 'Trang thủ tục công khai trên Cổng DVC quốc gia.',
        en: "The procedure's page is public on the national portal.",
      },
      evidence,
    );
  },
};
