import type { Rule } from '../rule.ts';
import { p08Name } from './p08-name.ts';
import { p09Steps } from './p09-steps.ts';
import { p10Methods } from './p10-methods.ts';
import { p11Dossier } from './p11-dossier.ts';
import { p12ProcessingTime } from './p12-processing-time.ts';
import { p13Subjects } from './p13-subjects.ts';
import { p14Agencies } from './p14-agencies.ts';
import { p15Results } from './p15-results.ts';
import { p19LegalBasis } from './p19-legal-basis.ts';

/** Every automatic rule, in checklist order. A conventions test keeps this list complete. */
export const RULES: readonly Rule[] = [
  p08Name,
  p09Steps,
  p10Methods,
  p11Dossier,
  p12ProcessingTime,
  p13Subjects,
  p14Agencies,
  p15Results,
  p19LegalBasis,
];
