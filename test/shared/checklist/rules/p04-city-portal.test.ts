import { describe, expect, it } from 'vitest';
import { p04CityPortal } from '../../../../shared/checklist/rules/p04-city-portal.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

describe('p04CityPortal', () => {
  it.each([
    ['portal-hcmc', 'dat'],
    ['portal-json', 'chua_kiem_tra'],
  ] as const)('%s page → %s', (kind, status) => {
    expect(p04CityPortal.evaluate(makeFacts({ source: { kind, url: 'u' } }), {}).status).toBe(status);
  });
});
