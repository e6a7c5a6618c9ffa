import { describe, expect, it } from 'vitest';
import { p05UnitWebsite } from '../../../../shared/checklist/rules/p05-unit-website.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

const listed = { at: 'li:nth-of-type(2)', text: '2.002481 Chuyển trường' };

describe('p05UnitWebsite', () => {
  it.each([
    ['listed with a portal link', { ...listed, portalLink: 'https://dichvucong.gov.vn/p/home/x' }, 'dat'],
    ['listed without a link', { ...listed, portalLink: null }, 'chua_dat'],
    ['not found', null, 'chua_kiem_tra'],
  ] as const)('%s → %s', (_label, site, status) => {
    expect(p05UnitWebsite.evaluate(makeFacts(), { site }).status).toBe(status);
  });
});
