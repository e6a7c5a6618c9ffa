import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/** cách thức thực hiện — Decree 63/2010 Art. 8(2)c. */
export const p10Methods: Rule = {
  id: 'P10',
  evaluate: (facts) =>
    partPresence(facts, 'methods', { vi: 'cách thức thực hiện', en: 'the submission methods' }),
};
