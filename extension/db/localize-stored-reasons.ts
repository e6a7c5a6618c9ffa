import type { RuleResult } from '../../shared/checklist/rule.ts';

/**
 * Results as database versions before 7 stored them: the reason a Vietnamese string. Their reasons become
 * `{ vi, en }` with the English falling back to the Vietnamese (better than no reason); the next
 * reading of the page gives both languages.
 */
export function localizeStoredReasons(
  results: Record<string, Omit<RuleResult, 'reason'> & { reason: unknown }> | undefined,
): Record<string, RuleResult> {
  const out: Record<string, RuleResult> = {};
  for (const [id, result] of Object.entries(results ?? {})) {
    const reason = result.reason;
    out[id] = {
      ...result,
      reason:
        typeof reason === 'string'
          ? { vi: reason, en: reason }
          : isLocalized(reason)
            ? reason
            : { vi: '', en: '' },
    };
  }
  return out;
}

const isLocalized = (value: unknown): value is RuleResult['reason'] =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { vi?: unknown }).vi === 'string' &&
  typeof (value as { en?: unknown }).en === 'string';
