import type { Excerpt } from '../procedure/procedure-facts.ts';
import type { ItemStatus } from './item-status.ts';
import type { RuleResult } from './rule.ts';

/** Builds a rule result; keeps the rule files to their decision. */
export const result = (status: ItemStatus, reason: string, evidence: Excerpt | null = null): RuleResult => ({
  status,
  evidence,
  reason,
});
