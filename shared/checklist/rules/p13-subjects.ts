import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/** đối tượng thực hiện — Decree 63/2010 Art. 8(2)e. */
export const p13Subjects: Rule = {
  id: 'P13',
  evaluate: (facts) => partPresence(facts, 'subjects', { vi: 'đối tượng thực hiện', en: 'who may apply' }),
};
