import { createShadowRootUi, defineContentScript } from '#imports';
import { sendMessage } from '../messages/send-message.ts';
import { reportError } from '../report-error.ts';
import { formalityId } from '../scan/formality-id.ts';
import { BADGE_CSS, renderBadge } from '../scan/render-badge.ts';
import { scanPortalJson } from '../scan/scan-portal-json.ts';

/**
 * National portal procedure pages (PRODUCT.md §3): reads the JSON the SPA reads, shows the badge,
 * and hands the facts to the background. Follows the SPA's own navigation.
 */
export default defineContentScript({
  matches: ['https://dichvucong.gov.vn/thu-tuc-hanh-chinh/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'congkhai-badge',
      position: 'inline',
      anchor: 'body',
      css: BADGE_CSS,
      onMount(container) {
        const badge = document.createElement('div');
        container.append(badge);
        return badge;
      },
    });
    let shownId: string | null = null;

    // Takes the URL from the event: the Navigation API reports a navigation before `location` changes.
    async function show(url: URL): Promise<void> {
      const id = formalityId(url.pathname);
      if (id === shownId) return;
      shownId = id;
      ui.remove();
      if (id === null) return;
      ui.mount();
      renderBadge(ui.mounted!, null);
      const scan = await scanPortalJson((input, init) => fetch(input, init), id, url.href);
      if (shownId !== id || !ctx.isValid) return; // the person moved on while we read
      renderBadge(ui.mounted!, scan);
      if (scan.state === 'ok') {
        await sendMessage({ type: 'scan', url: url.href, facts: scan.facts, results: scan.results });
      }
    }

    const showReported = (url: URL) =>
      show(url).catch((error: unknown) => reportError('portal.content', error));
    ctx.addEventListener(window, 'wxt:locationchange', (event) => showReported(event.newUrl));
    await showReported(new URL(location.href));
  },
});
