import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/** Căn cứ pháp lý — Decree 63/2010 Art. 15(1)b. */
export const p19LegalBasis: Rule = {
  id: 'P19',
  evaluate: (facts) => partPresence(facts, 'legalBasis', { vi: 'căn cứ pháp lý', en: 'the legal basis' }),
};
