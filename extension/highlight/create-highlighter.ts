import type { ContentScriptContext } from '#imports';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import { drawHighlights } from './draw-highlights.ts';
import { type HighlightTarget, highlightTargets } from './highlight-targets.ts';

export interface Highlighter {
  readonly active: boolean;
  /** The items outlined now, in checklist order, for the badge's legend; empty when off. */
  readonly items: readonly Pick<HighlightTarget, 'itemId' | 'status'>[];
  /** Outlines the page parts behind `results`; returns how many boxes were drawn. */
  show(results: Readonly<Record<string, RuleResult>>): number;
  /**
   * Shows the page part behind one item — the side panel's "Xem trên trang": switches outlines on
   * if needed, scrolls the part to the middle of the window and makes its box blink. False when
   * that part is not on the page (any more).
   */
  focus(results: Readonly<Record<string, RuleResult>>, itemId: string): boolean;
  clear(): void;
}

/** Rendered and not hidden; `checkVisibility` where the browser has it. */
const isVisible = (element: Element): boolean =>
  typeof element.checkVisibility === 'function'
    ? element.checkVisibility()
    : element.getClientRects().length > 0;

/** How long a box shown from the side panel blinks (three 0.6 s blinks in the CSS). */
const FLASH_MS = 2_000;

/**
 * Highlight mode over one layer element of the badge's shadow root. Work happens only on demand:
 * finding the elements when switched on, and measuring them again (once a frame at most) when
 * the window is resized or an inner scroller moves while it is on.
 */
export function createHighlighter(ctx: ContentScriptContext, layer: HTMLElement): Highlighter {
  // The elements are found once per switch-on; a redraw only measures them again.
  let shown: HighlightTarget[] | null = null;
  let flash: string | null = null;
  let flashTimer = 0;
  let frame = 0;
  const redraw = () => {
    if (shown === null || frame !== 0) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      if (shown !== null) drawHighlights(layer, shown, flash);
    });
  };
  ctx.addEventListener(window, 'resize', redraw, { passive: true });
  ctx.addEventListener(window, 'scroll', redraw, { passive: true, capture: true });

  return {
    get active() {
      return shown !== null;
    },
    get items() {
      return (shown ?? []).map(({ itemId, status }) => ({ itemId, status }));
    },
    show(results) {
      shown = highlightTargets(document, results, isVisible);
      return drawHighlights(layer, shown, flash);
    },
    focus(results, itemId) {
      if (shown === null) shown = highlightTargets(document, results, isVisible);
      const target = shown.find((t) => t.itemId === itemId);
      if (!target) {
        drawHighlights(layer, shown, flash);
        return false;
      }
      target.element.scrollIntoView({ block: 'center', inline: 'nearest' });
      flash = itemId;
      clearTimeout(flashTimer);
      flashTimer = ctx.setTimeout(() => {
        flash = null;
        redraw();
      }, FLASH_MS);
      // Drawn now (not on the scroll's frame), so the box is there as the page lands on it.
      drawHighlights(layer, shown, flash);
      return true;
    },
    clear() {
      shown = null;
      flash = null;
      layer.replaceChildren();
    },
  };
}
