import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/** kết quả thực hiện — Decree 63/2010 Art. 8(2)h. */
export const p15Results: Rule = {
  id: 'P15',
  evaluate: (facts) =>
    partPresence(facts, 'results', { vi: 'kết quả thực hiện', en: 'the result of the procedure' }),
};
