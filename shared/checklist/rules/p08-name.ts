import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/** tên thủ tục — Decree 63/2010 Art. 8(2)a. */
export const p08Name: Rule = {
  id: 'P08',
  evaluate: (facts) => partPresence(facts, 'name', { vi: 'tên thủ tục', en: 'the procedure name' }),
};
