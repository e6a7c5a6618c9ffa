import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/** cơ quan thực hiện — Decree 63/2010 Art. 8(2)g. */
export const p14Agencies: Rule = {
  id: 'P14',
  evaluate: (facts) =>
    partPresence(facts, 'agencies', { vi: 'cơ quan thực hiện', en: 'the executing agency' }),
};
