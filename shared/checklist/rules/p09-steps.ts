import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/** trình tự thực hiện — Decree 63/2010 Art. 8(2)b. */
export const p09Steps: Rule = {
  id: 'P09',
  evaluate: (facts) => partPresence(facts, 'steps', { vi: 'trình tự thực hiện', en: 'the steps' }),
};
