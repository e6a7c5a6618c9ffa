import type { RuleResult } from '../../shared/checklist/rule.ts';
import type { ProcedureFacts } from '../../shared/procedure/procedure-facts.ts';
import type { Localized } from '../../shared/text/localized.ts';

/**
 * What a content script made of one procedure page, whatever its kind: the facts, the automatic
 * results and how long adapter + rules took (`ms`, the Performance API measure), or the calm
 * error state, with why, when the page could not be read.
 */
export type PageScan =
  | { state: 'ok'; facts: ProcedureFacts; results: Record<string, RuleResult>; ms: number }
  | { state: 'error'; message: Localized };
