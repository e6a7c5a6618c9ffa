import { describe, expect, it } from 'vitest';
import { portalJsonToFacts } from '../../../shared/adapters/portal-json.ts';
import { evaluateRules } from '../../../shared/checklist/evaluate-rules.ts';
import { summarizeResults } from '../../../shared/checklist/summarize-results.ts';
import { portalResponse } from '../../fixtures/reference.ts';

describe('summarizeResults', () => {
  it('groups the results of a real page', () => {
    const summary = summarizeResults(
      evaluateRules(portalJsonToFacts(portalResponse('1.001193.trimmed'), 'u')),
    );
    expect(summary.missing).toEqual(['P17']);
    expect(summary.met).toContain('P08');
    expect(summary.toCheck).toContain('P06');
    expect(summary.met.length + summary.missing.length + summary.toCheck.length).toBeLessThanOrEqual(23);
  });
});
