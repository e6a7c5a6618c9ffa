import type { RuleResult } from './rule.ts';

export interface ResultSummary {
  /** Items the page shows as met. */
  met: string[];
  /** Items the page shows as not met: what the badge names as missing. */
  missing: string[];
  /** Items a person still has to look at (`chua_kiem_tra`), re-checks included. */
  toCheck: string[];
}

/** Groups rule results for the badge, the side panel's header and the scan report. */
export function summarizeResults(results: Readonly<Record<string, RuleResult>>): ResultSummary {
  const summary: ResultSummary = { met: [], missing: [], toCheck: [] };
  for (const [id, result] of Object.entries(results)) {
    if (result.status === 'dat') summary.met.push(id);
    else if (result.status === 'chua_dat') summary.missing.push(id);
    else if (result.status === 'chua_kiem_tra') summary.toCheck.push(id);
  }
  return summary;
}
