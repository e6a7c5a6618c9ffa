import { describe, expect, it } from 'vitest';
import { parseSiteUrl } from '../../../extension/site/parse-site-url.ts';

// The address field of Options ("Địa chỉ trang web đơn vị") → the host permission to ask for.
describe('parseSiteUrl', () => {
  it.each([
    ['https://thcstruongson.hcm.edu.vn/thu-tuc-hanh-chinh?x=1#a', 'https://thcstruongson.hcm.edu.vn/*'],
    ['  http://thcs-abc.hcm.edu.vn  ', 'http://thcs-abc.hcm.edu.vn/*'],
    ['thcstruongson.hcm.edu.vn', 'https://thcstruongson.hcm.edu.vn/*'],
    ['thcstruongson.hcm.edu.vn/gioi-thieu', 'https://thcstruongson.hcm.edu.vn/*'],
    ['HTTPS://THCS.HCM.EDU.VN', 'https://thcs.hcm.edu.vn/*'],
    ['http://127.0.0.1:4173/truong', 'http://127.0.0.1/*'],
    ['localhost:8080', 'https://localhost/*'],
    // An accented host is asked for in its ASCII (punycode) form, as the browser lists it.
    ['https://trường.vn', 'https://xn--trng-rib8295b.vn/*'],
  ])('%s → %s', (input, pattern) => {
    expect(parseSiteUrl(input)).toEqual({ pattern });
  });

  it.each([
    ['', 'siteUrlEmpty'],
    ['   ', 'siteUrlEmpty'],
    ['ftp://thcs.hcm.edu.vn', 'siteUrlScheme'],
    ['javascript:alert(1)', 'siteUrlScheme'],
    ['file:///etc/passwd', 'siteUrlScheme'],
    ['chrome://extensions', 'siteUrlScheme'],
    ['truong thcs abc', 'siteUrlInvalid'],
    ['https://', 'siteUrlInvalid'],
    ['thcs', 'siteUrlInvalid'],
    ['https://*.hcm.edu.vn', 'siteUrlInvalid'],
    ['https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x', 'siteUrlPortal'],
    ['thutuc.dichvucong.gov.vn', 'siteUrlPortal'],
    ['https://dichvucong.hochiminhcity.gov.vn', 'siteUrlPortal'],
  ])('%j is refused: %s', (input, error) => {
    expect(parseSiteUrl(input)).toEqual({ error });
  });
});
