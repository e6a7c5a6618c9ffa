import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type ContentScriptContext, createShadowRootUi } from '#imports';
import { createHighlighter, type Highlighter } from '../highlight/create-highlighter.ts';
import { HIGHLIGHT_CSS } from '../highlight/draw-highlights.ts';
import { renderLegend } from '../highlight/render-legend.ts';
import { PageMessageSchema } from '../messages/page-message.ts';
import { sendMessage } from '../messages/send-message.ts';
import { reportError } from '../report-error.ts';
import { askLanguage } from './ask-language.ts';
import type { PageScan } from './page-scan.ts';
import { BADGE_CSS, type BadgeParts, renderBadge } from './render-badge.ts';

/** The in-page UI of every page kind: one badge and its highlight layer, in one shadow root. */
export interface ScanBadge {
  /** Shows "reading…" (mounting the badge if needed); any highlights go. */
  loading(): void;
  /** Shows a finished scan; highlight mode starts off. */
  show(scan: PageScan): void;
  /** Takes the badge and its highlights off the page (the person left the procedure). */
  remove(): void;
}

interface Mounted extends BadgeParts {
  highlighter: Highlighter;
}

const BADGE_CSS_ALL = `${BADGE_CSS}\n${HIGHLIGHT_CSS}`;

/**
 * Creates the badge of a procedure page (`<congkhai-badge>`, open shadow root). Called only once
 * a page is known to be a procedure page, so other pages get no element at all. Key events inside
 * stay inside, so the portal's shortcuts never see the toggle's Enter or Space. Clicking the
 * badge's line or its button opens the side panel; the side panel's "Xem trên trang" reaches the
 * badge as a {@link PageMessageSchema} message and scrolls to the item's highlight.
 */
export async function createScanBadge(ctx: ContentScriptContext): Promise<ScanBadge> {
  let scan: PageScan | null = null;
  const language = await askLanguage();
  // Built once: taking the badge off and back (SPA navigation) re-attaches the same elements,
  // so their listeners are registered once per page.
  const layer = document.createElement('div');
  layer.className = 'highlights';
  const root = document.createElement('div');
  const text = document.createElement('span');
  const toggle = document.createElement('button');
  const open = document.createElement('button');
  const legend = document.createElement('ul');
  legend.className = 'legend';
  root.append(legend, text, toggle, open);
  const parts: Mounted = { root, text, toggle, open, legend, highlighter: createHighlighter(ctx, layer) };
  const highlighted = () => {
    toggle.setAttribute('aria-pressed', String(parts.highlighter.active));
    renderLegend(legend, parts.highlighter.items, language);
  };
  ctx.addEventListener(toggle, 'click', () => {
    if (parts.highlighter.active || scan?.state !== 'ok') parts.highlighter.clear();
    else parts.highlighter.show(scan.results);
    highlighted();
  });
  // Sent at once from the click: the background must open the panel within the person's gesture.
  const openPanel = () =>
    void sendMessage({ type: 'open-side-panel' }).catch((error: unknown) =>
      reportError('badge.openPanel', error),
    );
  ctx.addEventListener(open, 'click', openPanel);
  ctx.addEventListener(text, 'click', openPanel);
  text.dataset.openPanel = '';

  const onPageMessage = (raw: unknown, sender: { id?: string }, respond: (answer: unknown) => void) => {
    const parsed = v.safeParse(PageMessageSchema, raw);
    if (!parsed.success || sender.id !== browser.runtime.id) return false;
    const { itemId, url } = parsed.output;
    const found =
      scan?.state === 'ok' && scan.facts.source.url === url && parts.highlighter.focus(scan.results, itemId);
    highlighted();
    respond({ ok: true, found });
    return false;
  };
  browser.runtime.onMessage.addListener(onPageMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onPageMessage));

  const ui = await createShadowRootUi<Mounted>(ctx, {
    name: 'congkhai-badge',
    position: 'inline',
    anchor: 'body',
    css: BADGE_CSS_ALL,
    isolateEvents: true,
    onMount(container) {
      container.append(layer, root);
      return parts;
    },
  });
  const render = (next: PageScan | null) => {
    scan = next;
    if (!ui.mounted) ui.mount();
    parts.highlighter.clear();
    renderBadge(parts, next, language);
    // Also on the host, in the light DOM, for readers outside the shadow root.
    if (parts.root.dataset.scanMs) ui.shadowHost.dataset.scanMs = parts.root.dataset.scanMs;
    else delete ui.shadowHost.dataset.scanMs;
  };
  return {
    loading: () => render(null),
    show: render,
    remove: () => {
      scan = null;
      parts.highlighter.clear();
      ui.remove();
    },
  };
}
