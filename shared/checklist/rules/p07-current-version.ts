import { PART_LABELS } from '../../procedure/part-labels.ts';
import type { Localized } from '../../text/localized.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** The posting shows the current version — Circular 02/2017/TT-VPCP (SEMI, with change watch). */
export const p07CurrentVersion: Rule = {
  id: 'P07',
  evaluate(facts, { changedSinceAnswers }) {
    const evidence = facts.decisionNumber ? { text: facts.decisionNumber, at: 'decisionNumber' } : null;
    if (changedSinceAnswers?.length) {
      const parts = (language: keyof Localized) =>
        changedSinceAnswers.map((part) => PART_LABELS[part]?.[language] ?? part).join(', ');
      return {
        ...result(
          'chua_kiem_tra',
          {
            vi: `Cần kiểm tra lại: trang đã thay đổi (${parts('vi')}).`,
            en: `Re-check needed: the page has changed (${parts('en')}).`,
          },
          evidence,
        ),
        recheck: [...changedSinceAnswers],
      };
    }
    return result(
      'chua_kiem_tra',
      {
        vi: 'Đối chiếu số quyết định trên bảng niêm yết với trang.',
        en: "Compare the decision number on the office posting with the page's.",
      },
      evidence,
    );
  },
};
