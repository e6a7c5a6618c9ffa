import { describe, expect, it } from 'vitest';
import { p05UnitWebsite } from '../../../../shared/checklist/rules/p05-unit-website.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

const listed = {
  url: 'https://thcs.example.edu.vn/tthc',
  at: 'li:nth-of-type(2)',
  text: '2.002481 Chuyển trường',
};
const procedurePage =
  'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481';

describe('p05UnitWebsite', () => {
  it.each([
    [
      'listed with a link to the procedure',
      { ...listed, portalLink: procedurePage, linksToProcedure: true },
      'dat',
    ],
    [
      'listed with a link to the portal home',
      { ...listed, portalLink: 'https://dichvucong.gov.vn/', linksToProcedure: false },
      'chua_dat',
    ],
    ['listed without a link', { ...listed, portalLink: null, linksToProcedure: false }, 'chua_dat'],
    ['not found', null, 'chua_kiem_tra'],
  ] as const)('%s → %s', (_label, site, status) => {
    expect(p05UnitWebsite.evaluate(makeFacts(), { site }).status).toBe(status);
  });

  it('names the page and the place on it', () => {
    const site = { ...listed, portalLink: procedurePage, linksToProcedure: true };
    expect(p05UnitWebsite.evaluate(makeFacts(), { site }).evidence?.at).toBe(
      'https://thcs.example.edu.vn/tthc li:nth-of-type(2)',
    );
  });
});
