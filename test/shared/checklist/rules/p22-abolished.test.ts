import { describe, expect, it } from 'vitest';
import { p22Abolished } from '../../../../shared/checklist/rules/p22-abolished.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

const site = { at: 'li:nth-of-type(1)', text: '2.002481', portalLink: null, linksToProcedure: false };

describe('p22Abolished', () => {
  it.each([
    ['active', null, 'khong_ap_dung'],
    ['unknown', null, 'chua_kiem_tra'],
    ['abolished', null, 'chua_kiem_tra'],
    ['abolished', site, 'chua_dat'],
  ] as const)('state %s, site listing %j → %s', (state, listing, status) => {
    expect(p22Abolished.evaluate(makeFacts({ state }), { site: listing }).status).toBe(status);
  });
});
