import { describe, expect, it } from 'vitest';
import { p03NationalPortal } from '../../../../shared/checklist/rules/p03-national-portal.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

describe('p03NationalPortal', () => {
  it.each([
    ['portal-json', 'active', 'dat'],
    ['portal-legacy', 'unknown', 'dat'],
    ['portal-json', 'abolished', 'chua_dat'],
    ['portal-hcmc', 'active', 'chua_kiem_tra'],
    ['unit-site', 'active', 'chua_kiem_tra'],
  ] as const)('%s page, state %s → %s', (kind, state, status) => {
    expect(p03NationalPortal.evaluate(makeFacts({ source: { kind, url: 'u' }, state }), {}).status).toBe(
      status,
    );
  });
});
