import { describe, expect, it } from 'vitest';
import { p01InCatalogue } from '../../../../shared/checklist/rules/p01-in-catalogue.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

const catalogue = [{ code: '2.002481', name: 'Chuyển trường đối với học sinh trung học cơ sở' }];

describe('p01InCatalogue', () => {
  it.each([
    ['in the catalogue', makeFacts(), catalogue, 'dat'],
    ['not in the catalogue', makeFacts({ code: '1.001193' }), catalogue, 'chua_dat'],
    ['abolished', makeFacts({ state: 'abolished' }), catalogue, 'chua_dat'],
    ['no catalogue known', makeFacts(), undefined, 'chua_kiem_tra'],
    ['no code on the page', makeFacts({ code: null }), catalogue, 'chua_kiem_tra'],
  ] as const)('%s → %s', (_label, facts, known, status) => {
    expect(p01InCatalogue.evaluate(facts, { catalogue: known }).status).toBe(status);
  });
});
