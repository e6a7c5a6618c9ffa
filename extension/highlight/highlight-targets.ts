import type { RuleResult } from '../../shared/checklist/rule.ts';
import { evidenceLocation } from './evidence-location.ts';
import { findTextElements } from './find-text-elements.ts';

/** One outline to draw: the item, whether it was met, and the page element that decided it. */
export interface HighlightTarget {
  itemId: string;
  status: 'dat' | 'chua_dat';
  element: Element;
}

/**
 * The page elements behind the items the page decided (`dat` / `chua_dat`), in checklist order.
 * Items left to a person, or whose evidence cannot be found on the page, get no outline.
 */
export function highlightTargets(
  doc: Document,
  results: Readonly<Record<string, RuleResult>>,
  isVisible: (element: Element) => boolean = () => true,
): HighlightTarget[] {
  const wanted: { itemId: string; status: 'dat' | 'chua_dat'; selector?: string; needle?: string }[] = [];
  for (const [itemId, result] of Object.entries(results)) {
    if (result.status !== 'dat' && result.status !== 'chua_dat') continue;
    const location = result.evidence ? evidenceLocation(result.evidence) : null;
    if (location) wanted.push({ itemId, status: result.status, ...location });
  }
  const needles = wanted.flatMap((w) => (w.needle ? [w.needle] : []));
  const byText = needles.length > 0 ? findTextElements(doc, needles, isVisible) : new Map<string, Element>();

  const targets: HighlightTarget[] = [];
  for (const { itemId, status, selector, needle } of wanted) {
    const element = selector ? doc.querySelector(selector) : byText.get(needle ?? '');
    if (element && (!selector || isVisible(element))) targets.push({ itemId, status, element });
  }
  return targets;
}
