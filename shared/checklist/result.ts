import type { Excerpt } from '../procedure/procedure-facts.ts';
import type { Localized } from '../text/localized.ts';
import type { ItemStatus } from './item-status.ts';
import type { RuleResult } from './rule.ts';

/**
 * Builds a rule result; keeps the rule files to their decision. The reason is written in both
 * languages; page text it quotes goes between double quotes (the conventions test checks that
 * the English outside them has no Vietnamese).
 */
export const result = (
  status: ItemStatus,
  reason: Localized,
  evidence: Excerpt | null = null,
): RuleResult => ({
  status,
  evidence,
  reason,
});
