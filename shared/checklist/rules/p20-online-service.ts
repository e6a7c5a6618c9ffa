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
    if (level) return result('dat', 'Có mức dịch vụ công trực tuyến.', level);
    if (methods === undefined) return result('chua_kiem_tra', 'Trang không cho biết cách thức thực hiện.');
    const online = methods.find((method) => normalizeVi(method.text, { loose: true }).includes('truc tuyen'));
    if (online)
      return result('chua_dat', 'Có nộp trực tuyến nhưng không ghi rõ mức (toàn trình/một phần).', online);
    if (methods.length === 0) return result('chua_kiem_tra', 'Trang không liệt kê cách thức thực hiện.');
    return result('khong_ap_dung', 'Thủ tục không có cách thức nộp trực tuyến.', methods[0] ?? null);
  },
};
