import { describe, expect, it } from 'vitest';
import { p23PostingDate } from '../../../../shared/checklist/rules/p23-posting-date.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

const decided = Date.UTC(2025, 5, 1);

describe('p23PostingDate', () => {
  it.each([
    ['after the decision', Date.UTC(2025, 5, 10), 'dat'],
    ['on the decision day', decided, 'dat'],
    ['before the decision', Date.UTC(2025, 4, 1), 'chua_dat'],
    ['not entered', null, 'chua_kiem_tra'],
  ] as const)('posting updated %s → %s', (_label, postedAt, status) => {
    expect(p23PostingDate.evaluate(makeFacts({ decisionDate: decided }), { postedAt }).status).toBe(status);
  });

  it('falls back to the portal update date and flags a re-check after a change', () => {
    const facts = makeFacts({ decisionDate: null, updatedAt: decided });
    const result = p23PostingDate.evaluate(facts, { postedAt: decided + 1, changedSinceAnswers: ['steps'] });
    expect(result.status).toBe('dat');
    expect(result.evidence?.at).toBe('updatedAt');
    expect(result.recheck).toEqual(['steps']);
  });
});
