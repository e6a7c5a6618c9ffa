import type { HighlightTarget } from './highlight-targets.ts';

/**
 * Styles of the outline layer, inside the badge's shadow root: the boxes are the extension's own
 * elements laid over the page, so the portal's elements are never restyled or moved.
 */
export const HIGHLIGHT_CSS = `
.highlights { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible;
  pointer-events: none; z-index: 2147483646; }
.highlights .box { position: absolute; box-sizing: border-box; border: 2px solid #1b5e20;
  border-radius: 3px; background: rgb(27 94 32 / 8%); }
.highlights .box[data-status='chua_dat'] { border-color: #b71c1c; background: rgb(183 28 28 / 8%); }
.highlights .label { position: absolute; top: -9px; padding: 0 4px; border-radius: 3px;
  font: 600 11px/14px system-ui, sans-serif; color: #fff; background: #1b5e20; white-space: nowrap; }
.highlights .box[data-status='chua_dat'] .label { background: #b71c1c; }
.highlights .box[data-flash] { outline: 4px solid #0d47a1; outline-offset: 2px;
  animation: congkhai-flash 0.6s ease-in-out 3; }
@keyframes congkhai-flash { 50% { outline-color: transparent; } }
@media (prefers-reduced-motion: reduce) { .highlights .box[data-flash] { animation: none; } }
`;

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Width of one item label. Labels sit on the box's top edge from its right end — where a cell's
 * text usually is not — and labels of items sharing an element sit side by side.
 */
const LABEL_STEP = 34;

/**
 * Where a box goes inside the layer: the element's viewport rectangle moved by the layer's own
 * viewport origin. That is "rectangle + scroll" when the layer sits at the document's origin, and
 * stays right when the page positions `body` or scrolls it.
 */
export function boxPosition(rect: Rect, origin: Pick<Rect, 'left' | 'top'>): Rect {
  return {
    left: rect.left - origin.left,
    top: rect.top - origin.top,
    width: rect.width,
    height: rect.height,
  };
}

/**
 * Replaces the layer's boxes with one per target: dark green for `dat`, dark red for `chua_dat`
 * (white labels on both read at ≥ 6.5:1; the labels are opaque, so the page never lowers that),
 * labelled with the item id (`data-highlight-item`) — the badge's legend gives each id its name.
 * The box of `flash` blinks (`data-flash`): the item the side panel asked to be shown. Elements
 * without a box on screen (zero size) are skipped.
 */
export function drawHighlights(
  layer: HTMLElement,
  targets: readonly HighlightTarget[],
  flash: string | null = null,
): number {
  layer.replaceChildren();
  const origin = layer.getBoundingClientRect();
  const perElement = new Map<Element, number>();
  for (const { itemId, status, element } of targets) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const position = boxPosition(rect, origin);
    const box = layer.ownerDocument.createElement('div');
    box.className = 'box';
    box.dataset.highlightItem = itemId;
    box.dataset.status = status;
    if (itemId === flash) box.dataset.flash = '';
    box.style.left = `${position.left}px`;
    box.style.top = `${position.top}px`;
    box.style.width = `${position.width}px`;
    box.style.height = `${position.height}px`;
    const label = layer.ownerDocument.createElement('span');
    label.className = 'label';
    label.setAttribute('aria-hidden', 'true');
    label.textContent = itemId;
    const index = perElement.get(element) ?? 0;
    perElement.set(element, index + 1);
    label.style.right = `${4 + index * LABEL_STEP}px`;
    box.append(label);
    layer.append(box);
  }
  return layer.childElementCount;
}
