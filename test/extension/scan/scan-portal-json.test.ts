import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../extension/scan/badge-text.ts';
import { PORTAL_FORMALITY_API, scanPortalJson } from '../../../extension/scan/scan-portal-json.ts';

const REFERENCE = new URL('../../fixtures/reference/portal-api/2.000815.json', import.meta.url);
const ID = '019d2bfd-8e22-77ef-819f-e49460350904';
const URL_ = `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${ID}`;

/** A stand-in for the page's `fetch` that records the request and answers with `body`. */
function portal(body: string, status = 200) {
  const calls: { input: string; init: RequestInit }[] = [];
  const fetch = async (input: string, init: RequestInit) => {
    calls.push({ input, init });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

describe('scanPortalJson', () => {
  it('reads a real portal response and meets every automatic item', async () => {
    const { fetch, calls } = portal(readFileSync(REFERENCE, 'utf8'));
    const scan = await scanPortalJson(fetch, ID, URL_);

    expect(calls).toEqual([
      {
        input: PORTAL_FORMALITY_API,
        init: expect.objectContaining({ method: 'POST', body: JSON.stringify({ id: ID }) }),
      },
    ]);
    if (scan.state !== 'ok') throw new Error(scan.message.en);
    expect(scan.facts).toMatchObject({ code: '2.000815', source: { kind: 'portal-json', url: URL_ } });
    expect(scan.ms).toBeGreaterThanOrEqual(0);
    for (const id of ['P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P19']) {
      expect(scan.results[id]?.status, id).toBe('dat');
    }
    // Every item the page decides is met (none fails); three do not apply to this record (it has no
    // form attached, only direct submission, and is in force); the catalogue items, the unit's
    // website, the office board and the rest stay with the person.
    const notApplicable = Object.keys(scan.results).filter(
      (id) => scan.results[id]?.status === 'khong_ap_dung',
    );
    expect(notApplicable.sort()).toEqual(['P17', 'P20', 'P22']);
    expect(badgeText(scan.results)).toBe('12 đạt tự động · 8 cần tự kiểm tra');
    expect(scan.results.P06?.status).toBe('chua_kiem_tra');
  });

  it.each([
    ['a body that is not JSON', '<html>Bảo trì</html>', 200],
    ['a JSON error envelope', JSON.stringify({ code: 'ERROR', data: null, message: 'not found' }), 200],
    ['data without code or name', JSON.stringify({ code: 'OK', data: { id: ID } }), 200],
    ['an HTTP error', '{}', 503],
  ])('answers the error state for %s', async (_, body, status) => {
    const scan = await scanPortalJson(portal(body, status).fetch, ID, URL_);
    expect(scan.state).toBe('error');
  });

  it('answers the error state when the request itself fails', async () => {
    const scan = await scanPortalJson(() => Promise.reject(new TypeError('Failed to fetch')), ID, URL_);
    expect(scan).toEqual({ state: 'error', message: { vi: 'Failed to fetch', en: 'Failed to fetch' } });
  });
});
