import { defineContentScript } from '#imports';
import { fingerprintFacts } from '../../shared/procedure/facts-fingerprint.ts';
import { reportError } from '../report-error.ts';
import { createScanBadge, type ScanBadge } from '../scan/create-scan-badge.ts';
import { hcmcProcedureId } from '../scan/hcmc-procedure-id.ts';
import { nextTask } from '../scan/next-task.ts';
import type { PageScan } from '../scan/page-scan.ts';
import { reportScan } from '../scan/report-scan.ts';
import { scanDocument } from '../scan/scan-document.ts';
import { waitForContent } from '../scan/wait-for-content.ts';

/**
 * Ho Chi Minh City portal (docs/product.md §3, an Angular SPA): on `/vi|en/procedure/detail/{id}` waits
 * until the label/value content has rendered (at most 10 s, then the calm error state), reads it
 * with the same adapter as the legacy pages, and follows the SPA's navigation.
 */
export default defineContentScript({
  matches: ['https://dichvucong.hochiminhcity.gov.vn/*'],
  runAt: 'document_idle',
  main(ctx) {
    let badge: Promise<ScanBadge> | null = null;
    let shownId: string | null = null;
    let waiting: AbortController | null = null;
    // After an in-app navigation the previous procedure stays on screen until Angular renders the
    // next one: content with the same fingerprint is the old page, not the new one.
    let previousHash: string | null = null;

    async function show(url: URL): Promise<void> {
      const id = hcmcProcedureId(url.pathname);
      if (id === shownId) return;
      shownId = id;
      waiting?.abort();
      if (id === null) {
        previousHash = null;
        (await badge)?.remove();
        return;
      }
      const wait = new AbortController();
      waiting = wait;
      badge ??= createScanBadge(ctx);
      const shown = await badge;
      if (shownId !== id) return; // left the procedure while the badge was being made
      shown.loading();
      await nextTask();
      if (shownId !== id) return;
      const readable = (): PageScan | null => {
        const scan = scanDocument(document, url.href, 'portal-hcmc');
        if (scan.state !== 'ok') return null;
        return fingerprintFacts(scan.facts).hash === previousHash ? null : scan;
      };
      const scan = await waitForContent(ctx, document.body, readable, { signal: wait.signal });
      if (wait.signal.aborted || !ctx.isValid) return; // the person moved on while we waited
      if (scan?.state === 'ok') previousHash = fingerprintFacts(scan.facts).hash;
      await reportScan(shown, url.href, scan ?? lastChance(url));
    }

    const showReported = (url: URL) =>
      show(url).catch((error: unknown) => reportError('portal-hcmc.content', error));
    ctx.addEventListener(window, 'wxt:locationchange', (event) => showReported(event.newUrl));
    void showReported(new URL(location.href));
  },
});

/**
 * After the wait: a page that shows the same content as the previous route is read as it is;
 * one that never rendered a procedure gets the calm error state.
 */
function lastChance(url: URL): PageScan {
  const scan = scanDocument(document, url.href, 'portal-hcmc');
  return scan.state === 'ok'
    ? scan
    : {
        state: 'error',
        message: {
          vi: 'Trang chưa hiện nội dung thủ tục sau 10 giây.',
          en: 'The page showed no procedure within 10 seconds.',
        },
      };
}
