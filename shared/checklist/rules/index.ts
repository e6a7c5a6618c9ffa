import type { Rule } from '../rule.ts';
import { p01InCatalogue } from './p01-in-catalogue.ts';
import { p02CodeAndName } from './p02-code-and-name.ts';
import { p03NationalPortal } from './p03-national-portal.ts';
import { p04CityPortal } from './p04-city-portal.ts';
import { p05UnitWebsite } from './p05-unit-website.ts';
import { p06OfficeBoard } from './p06-office-board.ts';
import { p07CurrentVersion } from './p07-current-version.ts';
import { p08Name } from './p08-name.ts';
import { p09Steps } from './p09-steps.ts';
import { p10Methods } from './p10-methods.ts';
import { p11Dossier } from './p11-dossier.ts';
import { p12ProcessingTime } from './p12-processing-time.ts';
import { p13Subjects } from './p13-subjects.ts';
import { p14Agencies } from './p14-agencies.ts';
import { p15Results } from './p15-results.ts';
import { p16Fees } from './p16-fees.ts';
import { p17Forms } from './p17-forms.ts';
import { p18Requirements } from './p18-requirements.ts';
import { p19LegalBasis } from './p19-legal-basis.ts';
import { p20OnlineService } from './p20-online-service.ts';
import { p21Postal } from './p21-postal.ts';
import { p22Abolished } from './p22-abolished.ts';
import { p23PostingDate } from './p23-posting-date.ts';

/** Every P-item rule, in checklist order. A conventions test keeps this list complete. */
export const RULES: readonly Rule[] = [
  p01InCatalogue,
  p02CodeAndName,
  p03NationalPortal,
  p04CityPortal,
  p05UnitWebsite,
  p06OfficeBoard,
  p07CurrentVersion,
  p08Name,
  p09Steps,
  p10Methods,
  p11Dossier,
  p12ProcessingTime,
  p13Subjects,
  p14Agencies,
  p15Results,
  p16Fees,
  p17Forms,
  p18Requirements,
  p19LegalBasis,
  p20OnlineService,
  p21Postal,
  p22Abolished,
  p23PostingDate,
];
