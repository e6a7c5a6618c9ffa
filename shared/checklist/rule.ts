import type { Excerpt, ProcedureFacts } from '../procedure/procedure-facts.ts';
import type { ItemStatus } from './item-status.ts';

/** The automatic result of one item: the status and the excerpt that decided it. */
export interface RuleResult {
  status: ItemStatus;
  evidence: Excerpt | null;
  /** Why the rule decided as it did, in Vietnamese, for the side panel and reports. */
  reason: string;
}

/** One checklist rule; the file that exports it is named after its id (`p08-name.ts`). */
export interface Rule {
  id: string;
  evaluate(facts: ProcedureFacts): RuleResult;
}
