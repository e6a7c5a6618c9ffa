import { isPlaceholder } from '../../text/is-placeholder.ts';
import { normalizeVi } from '../../text/normalize-vi.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** The online service level and where to submit — Decree 42/2022/NĐ-CP. */
export const p20OnlineService: Rule = {
  id: 'P20',
  evaluate(facts) {
    const { methods, onlineService } = facts.parts;
    const level = onlineService?.find((part) => !isPlaceholder(part.text));
    if (level)
      return result(
        'dat',
        { vi: 'Có mức dịch vụ công trực tuyến.', en: 'The page states the online service level.' },
        level,
      );
    if (methods === undefined)
      return result('chua_kiem_tra', {
        vi: 'Trang không cho biết cách thức thực hiện.',
        en: 'The page says nothing about the submission methods.',
      });
    const online = methods.find((method) => normalizeVi(method.text, { loose: true }).includes('truc tuyen'));
    if (online)
      return result(
        'chua_dat',
        {
          vi: 'Có nộp trực tuyến nhưng không ghi rõ mức (toàn trình/một phần).',
          en: 'Online submission is offered, but the page does not state its level (full or partial).',
        },
        online,
      );
    if (methods.length === 0)
      return result('chua_kiem_tra', {
        vi: 'Trang không liệt kê cách thức thực hiện.',
        en: 'The page lists no submission methods.',
      });
    return result(
      'khong_ap_dung',
      {
        vi: 'Thủ tục không có cách thức nộp trực tuyến.',
        en: 'The procedure cannot be submitted online.',
      },
      methods[0] ?? null,
    );
  },
};
