import type { ContentScriptContext } from '#imports';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import { drawHighlights } from './draw-highlights.ts';
import { type HighlightTarget, highlightTargets } from './highlight-targets.ts';

export interface Highlighter {
  readonly active: boolean;
  /** Outlines the page parts behind `results`; returns how many boxes were drawn. */
  show(results: Readonly<Record<string, RuleResult>>): number;
  clear(): void;
}

/** Rendered and not hidden; `checkVisibility` where the browser has it. */
const isVisible = (element: Element): boolean =>
  typeof element.checkVisibility === 'function'
    ? element.checkVisibility()
    : element.getClientRects().length > 0;

/**
 * Highlight mode over one layer element of the badge's shadow root. Work happens only on demand:
 * finding the elements when switched on, and measuring them again (once a frame at most) when
 * the window is resized or an inner scroller moves while it is on.
 */
export function createHighlighter(ctx: ContentScriptContext, layer: HTMLElement): Highlighter {
  // The elements are found once per switch-on; a redraw only measures them again.
  let shown: HighlightTarget[] | null = null;
  let frame = 0;
  const redraw = () => {
    if (shown === null || frame !== 0) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      if (shown !== null) drawHighlights(layer, shown);
    });
  };
  ctx.addEventListener(window, 'resize', redraw, { passive: true });
  ctx.addEventListener(window, 'scroll', redraw, { passive: true, capture: true });

  return {
    get active() {
      return shown !== null;
    },
    show(results) {
      shown = highlightTargets(document, results, isVisible);
      return drawHighlights(layer, shown);
    },
    clear() {
      shown = null;
      layer.replaceChildren();
    },
  };
}
