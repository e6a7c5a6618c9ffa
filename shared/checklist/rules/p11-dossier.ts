import { partPresence } from '../part-presence.ts';
import type { Rule } from '../rule.ts';

/** thành phần, số lượng hồ sơ — Decree 63/2010 Art. 8(2)d. */
export const p11Dossier: Rule = {
  id: 'P11',
  evaluate: (facts) =>
    partPresence(facts, 'dossier', {
      vi: 'thành phần, số lượng hồ sơ',
      en: 'the dossier components and quantities',
    }),
};
