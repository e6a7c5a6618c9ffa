import { describe, expect, it } from 'vitest';
import { u02WebsiteCatalogue } from '../../../../shared/checklist/unit-rules/u02-website-catalogue.ts';
import type { SiteListing } from '../../../../shared/site/find-catalogue-procedures.ts';

const listing = (code: string, link: 'procedure' | 'portal' | null): SiteListing => ({
  key: code,
  code,
  name: 'Tuyển sinh trung học cơ sở',
  matchedBy: 'code',
  at: `tr:nth-of-type(${code.slice(-1)})`,
  text: `${code} Tuyển sinh trung học cơ sở`,
  portalLink:
    link === 'procedure'
      ? `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${code}`
      : link === 'portal'
        ? 'https://dichvucong.gov.vn/'
        : null,
  linksToProcedure: link === 'procedure',
});

describe('u02WebsiteCatalogue', () => {
  it('is met when every listed procedure links to its own portal page, and says so', () => {
    const result = u02WebsiteCatalogue.evaluate(
      [],
      [listing('2.002481', 'procedure'), listing('2.002855', 'procedure')],
    );
    expect(result.status).toBe('dat');
    expect(result.reason.vi).toMatch(/^2\/2 thủ tục có liên kết Cổng DVC/);
    expect(result.reason.en).toMatch(/^2\/2 procedures link to the portal/);
  });

  it('reports the coverage and the procedures without a link when some lack one', () => {
    const result = u02WebsiteCatalogue.evaluate(
      [],
      [listing('2.002481', 'procedure'), listing('3.000182', 'portal'), listing('2.002770', null)],
    );
    expect(result.status).toBe('chua_kiem_tra');
    expect(result.reason.vi).toBe(
      '1/3 thủ tục có liên kết Cổng DVC; chưa có liên kết tới trang thủ tục: 3.000182, 2.002770.',
    );
    expect(result.reason.en).toBe(
      '1/3 procedures link to their page on the portal; not linked: 3.000182, 2.002770.',
    );
    expect(result.evidence?.at).toBe('tr:nth-of-type(2)');
  });

  it('quotes the name of a procedure without a code', () => {
    const unnamed = { ...listing('x', null), key: 'Tuyển sinh trung học cơ sở', code: null };
    expect(u02WebsiteCatalogue.evaluate([], [unnamed]).reason.en).toBe(
      '0/1 procedures link to their page on the portal; not linked: "Tuyển sinh trung học cơ sở".',
    );
  });

  it('waits for a page that lists the catalogue', () => {
    expect(u02WebsiteCatalogue.evaluate([], []).status).toBe('chua_kiem_tra');
  });
});
