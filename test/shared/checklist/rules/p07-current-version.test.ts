import { describe, expect, it } from 'vitest';
import { p07CurrentVersion } from '../../../../shared/checklist/rules/p07-current-version.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

describe('p07CurrentVersion', () => {
  it('asks for a re-check naming what changed since the answers', () => {
    const result = p07CurrentVersion.evaluate(makeFacts(), {
      changedSinceAnswers: ['fees', 'decisionNumber'],
    });
    expect(result.status).toBe('chua_kiem_tra');
    expect(result.recheck).toEqual(['fees', 'decisionNumber']);
    expect(result.evidence?.text).toBe('1565/QĐ-BGDĐT');
  });

  it('asks for the usual comparison when nothing changed', () => {
    expect(p07CurrentVersion.evaluate(makeFacts(), {}).recheck).toBeUndefined();
  });
});
