import type { BrowserContext } from 'playwright-core';

export const PORTAL = 'https://dichvucong.gov.vn';
const API = `${PORTAL}/api/v1/configuring/formality/get-formality-by-citizen`;

/**
 * Serves the national portal from fixtures at its real URLs: the procedure route answers the
 * SPA's empty shell, and the procedure API answers the saved response for the requested id.
 */
export async function routePortal(
  context: BrowserContext,
  responses: Record<string, unknown>,
): Promise<void> {
  await context.route(`${PORTAL}/**`, async (route) => {
    const request = route.request();
    if (request.url() === API && request.method() === 'POST') {
      const { id } = request.postDataJSON() as { id: string };
      const body = responses[id];
      if (body === undefined)
        return route.fulfill({ status: 404, json: { code: 'NOT_FOUND', message: 'not found' } });
      return route.fulfill({ json: body });
    }
    if (new URL(request.url()).pathname.startsWith('/thu-tuc-hanh-chinh/')) {
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="vi"><head><title>Cổng Dịch vụ công quốc gia</title></head><body><div id="root"><h1>Chi tiết thủ tục hành chính</h1></div></body></html>',
      });
    }
    return route.fulfill({ status: 404, body: '' });
  });
}
