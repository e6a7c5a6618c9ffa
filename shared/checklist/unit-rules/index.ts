import { u02WebsiteCatalogue } from './u02-website-catalogue.ts';
import { u04FeedbackAddress } from './u04-feedback-address.ts';
import { u06ReceptionSchedule } from './u06-reception-schedule.ts';
import { u09OnlineGuidance } from './u09-online-guidance.ts';
import { u10PostalList } from './u10-postal-list.ts';
import { u12FormsSection } from './u12-forms-section.ts';
import { u13SchoolDisclosure } from './u13-school-disclosure.ts';
import type { UnitRule } from './unit-rule.ts';

/** The unit items a website page can give evidence for, in checklist order. */
export const UNIT_RULES: readonly UnitRule[] = [
  u02WebsiteCatalogue,
  u04FeedbackAddress,
  u06ReceptionSchedule,
  u09OnlineGuidance,
  u10PostalList,
  u12FormsSection,
  u13SchoolDisclosure,
];
