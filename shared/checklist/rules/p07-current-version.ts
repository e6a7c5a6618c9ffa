import { PART_LABELS } from '../../procedure/part-labels.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** The posting shows the current version — Circular 02/2017/TT-VPCP (SEMI, with change watch). */
export const p07CurrentVersion: Rule = {
  id: 'P07',
  evaluate(facts, { changedSinceAnswers }) {
    const evidence = facts.decisionNumber ? { text: facts.decisionNumber, at: 'decisionNumber' } : null;
    if (changedSinceAnswers?.length) {
      return {
        ...result(
          'chua_kiem_tra',
          `Cần kiểm tra lại: trang đã thay đổi (${changedSinceAnswers.map((part) => PART_LABELS[part]?.vi ?? part).join(', ')}).`,
          evidence,
        ),
        recheck: [...changedSinceAnswers],
      };
    }
    return result('chua_kiem_tra', 'Đối chiếu số quyết định trên bảng niêm yết với trang.', evidence);
  },
};
