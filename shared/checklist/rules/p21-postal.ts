import { normalizeVi } from '../../text/normalize-vi.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** Submission/return by public post, where it applies — Decision 45/2016/QĐ-TTg (SEMI). */
export const p21Postal: Rule = {
  id: 'P21',
  evaluate(facts) {
    const postal = facts.parts.methods?.find((method) =>
      normalizeVi(method.text, { loose: true }).includes('buu chinh'),
    );
    if (postal)
      return result(
        'dat',
        {
          vi: 'Có nộp/trả qua bưu chính.',
          en: 'Dossiers can be submitted, or results returned, by post.',
        },
        postal,
      );
    return result('chua_kiem_tra', {
      vi: 'Trang không nêu nộp/trả qua bưu chính công ích; cần người xác nhận.',
      en: 'The page does not mention submission or return by public post; a person confirms.',
    });
  },
};
