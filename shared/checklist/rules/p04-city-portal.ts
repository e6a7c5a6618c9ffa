import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Published on the Ho Chi Minh City portal — Decree 42/2022 (SEMI: found when that page is open). */
export const p04CityPortal: Rule = {
  id: 'P04',
  evaluate(facts) {
    if (facts.source.kind === 'portal-hcmc') {
      return result(
        'dat',
        {
          vi: 'Trang thủ tục có trên Cổng DVC TP.HCM.',
          en: "The procedure's page is on the Ho Chi Minh City portal.",
        },
        {
          text: facts.source.url,
          at: 'source.url',
        },
      );
    }
    return result('chua_kiem_tra', {
      vi: 'Mở trang thủ tục trên Cổng DVC TP.HCM để kiểm tra.',
      en: "Open the procedure's page on the Ho Chi Minh City portal to check.",
    });
  },
};
