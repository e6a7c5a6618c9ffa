import { describe, expect, it } from 'vitest';
import { unitSitePatterns } from '../../../extension/site/unit-site-patterns.ts';

describe('unitSitePatterns', () => {
  it('keeps one scheme://host/* pattern per granted host, sorted, without ports or duplicates', () => {
    expect(
      unitSitePatterns([
        'https://thcstruongson.hcm.edu.vn/*',
        'http://127.0.0.1:8080/*',
        'HTTPS://THCSTruongSon.hcm.edu.vn/*',
        '*://thnguyendu.hcm.edu.vn/*',
      ]),
    ).toEqual(['*://thnguyendu.hcm.edu.vn/*', 'http://127.0.0.1/*', 'https://thcstruongson.hcm.edu.vn/*']);
  });

  it.each([
    ['the national portal', 'https://dichvucong.gov.vn/*'],
    ['the legacy portal host', 'https://thutuc.dichvucong.gov.vn/*'],
    ['the city portal', 'https://dichvucong.hochiminhcity.gov.vn/*'],
    ['a content script match on the portal', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/*'],
    ['every https site', 'https://*/*'],
    ['every site', '<all_urls>'],
    ['a wildcard subdomain', 'https://*.hcm.edu.vn/*'],
    ['a file URL', 'file:///*'],
  ])('leaves out %s', (_what, origin) => {
    expect(unitSitePatterns([origin, 'https://thcs.hcm.edu.vn/*'])).toEqual(['https://thcs.hcm.edu.vn/*']);
  });

  it('leaves out the sync server, whatever its port', () => {
    expect(
      unitSitePatterns(['http://127.0.0.1/*', 'https://thcs.hcm.edu.vn/*'], 'http://127.0.0.1:8787'),
    ).toEqual(['https://thcs.hcm.edu.vn/*']);
  });
});
