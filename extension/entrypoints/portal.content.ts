import { defineContentScript } from '#imports';
import { reportError } from '../report-error.ts';
import { createScanBadge, type ScanBadge } from '../scan/create-scan-badge.ts';
import { formalityId } from '../scan/formality-id.ts';
import { reportScan } from '../scan/report-scan.ts';
import { scanPortalJson } from '../scan/scan-portal-json.ts';

/**
 * National portal, new SPA (docs/product.md §3): on `/thu-tuc-hanh-chinh/{id}` reads the JSON the SPA
 * reads, shows the badge, and hands the facts to the background. It runs on the whole site so
 * that it follows the SPA into a procedure from any page, but off procedure routes it does
 * nothing (no request, no element). The legacy `/p/home/` pages are portal-legacy.content's.
 */
export default defineContentScript({
  matches: ['https://dichvucong.gov.vn/*'],
  runAt: 'document_idle',
  main(ctx) {
    let badge: Promise<ScanBadge> | null = null;
    let shownId: string | null = null;

    // Takes the URL from the event: the Navigation API reports a navigation before `location` changes.
    async function show(url: URL): Promise<void> {
      const id = formalityId(url.pathname);
      if (id === shownId) return;
      shownId = id;
      if (id === null) {
        (await badge)?.remove();
        return;
      }
      badge ??= createScanBadge(ctx);
      const shown = await badge;
      if (shownId !== id) return; // left the procedure while the badge was being made
      shown.loading();
      const scan = await scanPortalJson((input, init) => fetch(input, init), id, url.href);
      if (shownId !== id || !ctx.isValid) return; // the person moved on while we read
      await reportScan(shown, url.href, scan);
    }

    const showReported = (url: URL) =>
      show(url).catch((error: unknown) => reportError('portal.content', error));
    ctx.addEventListener(window, 'wxt:locationchange', (event) => showReported(event.newUrl));
    void showReported(new URL(location.href));
  },
});
