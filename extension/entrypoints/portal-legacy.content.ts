import { defineContentScript } from '#imports';
import { reportError } from '../report-error.ts';
import { createScanBadge } from '../scan/create-scan-badge.ts';
import { isLegacyDetailPage } from '../scan/legacy-detail-page.ts';
import { nextTask } from '../scan/next-task.ts';
import { reportScan } from '../scan/report-scan.ts';
import { scanDocumentInSlices } from '../scan/scan-document-in-slices.ts';

/**
 * National procedure database, legacy server-rendered pages (docs/product.md §3): reads the
 * label/value tables of a detail page once it has loaded. Any other `/p/home/` page is left alone.
 */
export default defineContentScript({
  matches: ['https://dichvucong.gov.vn/p/home/*', 'https://thutuc.dichvucong.gov.vn/p/home/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!isLegacyDetailPage(location.pathname)) return;
    try {
      const badge = await createScanBadge(ctx);
      badge.loading();
      await nextTask();
      await reportScan(
        badge,
        location.href,
        await scanDocumentInSlices(document, location.href, 'portal-legacy'),
      );
    } catch (error) {
      reportError('portal-legacy.content', error);
    }
  },
});
