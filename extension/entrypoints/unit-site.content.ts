import { createShadowRootUi, defineContentScript } from '#imports';
import { siteBlocks } from '../adapters/site-blocks.ts';
import { sendMessage } from '../messages/send-message.ts';
import { reportError } from '../report-error.ts';
import { askLanguage } from '../scan/ask-language.ts';
import { renderSiteBadge, SITE_BADGE_CSS } from '../site/render-site-badge.ts';
import { type SiteScanAnswer, siteBadgeText } from '../site/site-scan-summary.ts';

/** Pages with more text than this are archives or dumps, not a unit's catalogue: left alone. */
const MAX_TEXT = 500_000;
/** A single-page site swaps its content after the address changes; read it once it has settled. */
const SETTLE_MS = 1500;

/**
 * The unit's own website (docs/architecture.md §2): registered at run time by the background for the
 * hosts the person granted in Options. Reduces the page to text blocks and hands them to the
 * background, which knows the catalogue; shows a small badge only when the page lists some of the
 * unit's procedures.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'congkhai-site-badge',
      position: 'inline',
      anchor: 'body',
      css: SITE_BADGE_CSS,
      onMount(container) {
        const badge = document.createElement('div');
        container.append(badge);
        return badge;
      },
    });
    let dismissed = false;
    const language = await askLanguage();

    async function scan(): Promise<void> {
      if (!document.body || (document.body.textContent?.length ?? 0) > MAX_TEXT) return;
      const blocks = siteBlocks(document);
      if (blocks.length === 0) return;
      const answer = (await sendMessage({ type: 'site-scan', url: location.href, blocks })) as
        | SiteScanAnswer
        | undefined;
      if (!ctx.isValid || !answer?.ok) return;
      const text = siteBadgeText(answer.summary, language);
      ui.remove();
      if (text === null || dismissed) return;
      ui.mount();
      renderSiteBadge(
        ui.mounted!,
        text,
        () => {
          dismissed = true;
          ui.remove();
        },
        language,
      );
    }

    const scanReported = () => scan().catch((error: unknown) => reportError('unit-site.content', error));
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(scanReported, SETTLE_MS));
    await scanReported();
  },
});
