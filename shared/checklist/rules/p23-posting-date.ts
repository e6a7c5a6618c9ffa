import { vietnamDay } from '../../text/vietnam-day.ts';
import { result } from '../result.ts';
import type { Rule } from '../rule.ts';

/** The posting was updated on or after the publication decision — Circular 02/2017/TT-VPCP. */
export const p23PostingDate: Rule = {
  id: 'P23',
  evaluate(facts, { postedAt, changedSinceAnswers }) {
    const recheck = changedSinceAnswers?.length ? { recheck: [...changedSinceAnswers] } : {};
    const decided = facts.decisionDate ?? facts.updatedAt;
    if (!postedAt || !decided) {
      return {
        ...result('chua_kiem_tra', {
          vi: 'Nhập ngày cập nhật niêm yết gần nhất để so với ngày quyết định.',
          en: 'Enter when the office posting was last updated, to compare it with the decision date.',
        }),
        ...recheck,
      };
    }
    const evidence = {
      text: vietnamDay(decided),
      at: facts.decisionDate ? 'decisionDate' : 'updatedAt',
    };
    return postedAt >= decided
      ? {
          ...result(
            'dat',
            {
              vi: 'Niêm yết cập nhật sau ngày quyết định công bố.',
              en: 'The posting was updated on or after the publication decision.',
            },
            evidence,
          ),
          ...recheck,
        }
      : {
          ...result(
            'chua_dat',
            {
              vi: 'Niêm yết cũ hơn quyết định công bố.',
              en: 'The posting is older than the publication decision.',
            },
            evidence,
          ),
          ...recheck,
        };
  },
};
