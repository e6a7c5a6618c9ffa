import { describe, expect, it } from 'vitest';
import { portalJsonToFacts } from '../../../shared/adapters/portal-json.ts';
import { changedParts, fingerprintFacts } from '../../../shared/procedure/facts-fingerprint.ts';
import { portalResponse } from '../../fixtures/reference.ts';

const response = portalResponse('2.000815') as { data: Record<string, unknown> };
const varied = (data: Record<string, unknown>) =>
  fingerprintFacts(portalJsonToFacts({ ...response, data: { ...response.data, ...data } }, 'u'));

describe('change watch fingerprints', () => {
  const base = fingerprintFacts(portalJsonToFacts(response, 'u'));

  it('is stable for the same content', () => {
    expect(fingerprintFacts(portalJsonToFacts(response, 'other-url'))).toEqual(base);
    expect(changedParts(base, base)).toEqual([]);
  });

  it('names the parts that changed', () => {
    const after = varied({
      resultsDetails: [{ name: 'Bản sao có chứng thực' }],
      procedureProposal: { proposalNumber: '100/QĐ-BTP' },
      updatedAt: 1800000000000,
    });
    expect(after.hash).not.toBe(base.hash);
    expect(changedParts(base, after)).toEqual(['results', 'decisionNumber', 'updatedAt']);
  });
});
