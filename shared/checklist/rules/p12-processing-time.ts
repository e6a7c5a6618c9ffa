import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/** thời hạn giải quyết — Decree 63/2010 Art. 8(2)đ. */
export const p12ProcessingTime: Rule = {
  id: 'P12',
  evaluate: (facts) =>
    partPresence(facts, 'processingTime', { vi: 'thời hạn giải quyết', en: 'the processing time' }),
};
