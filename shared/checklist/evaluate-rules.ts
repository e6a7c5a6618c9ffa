import type { ProcedureFacts } from '../procedure/procedure-facts.ts';
import type { RuleContext, RuleResult } from './rule.ts';
import { RULES } from './rules/index.ts';

/** Runs every P-item rule over `facts`: item id → result, in checklist order. */
export function evaluateRules(facts: ProcedureFacts, context: RuleContext = {}): Record<string, RuleResult> {
  const results: Record<string, RuleResult> = {};
  for (const rule of RULES) results[rule.id] = rule.evaluate(facts, context);
  return results;
}
