import { describe, expect, it } from 'vitest';
import { boxPosition, drawHighlights } from '../../../extension/highlight/draw-highlights.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

/** linkedom has no layout: give elements the rectangles a browser would measure. */
function placed<T extends Element>(element: T, left: number, top: number, width: number, height: number): T {
  element.getBoundingClientRect = () => ({ left, top, width, height }) as DOMRect;
  return element;
}

describe('boxPosition', () => {
  it('is the viewport rectangle plus the scroll when the layer sits at the document origin', () => {
    // Scrolled down 500 px: the layer's origin is 500 px above the viewport.
    expect(boxPosition({ left: 10, top: 40, width: 100, height: 20 }, { left: 0, top: -500 })).toEqual({
      left: 10,
      top: 540,
      width: 100,
      height: 20,
    });
  });
});

describe('drawHighlights', () => {
  it('draws one labelled box per target, coloured by status, replacing the previous boxes', () => {
    const doc = parseHtml('<html><body><div id="layer"></div><p id="a">A</p><p id="b">B</p></body></html>');
    const layer = placed(doc.getElementById('layer') as HTMLElement, 0, -100, 0, 0);
    const a = placed(doc.getElementById('a')!, 8, 20, 300, 18);
    const b = placed(doc.getElementById('b')!, 0, 0, 0, 0);

    drawHighlights(layer, [{ itemId: 'P01', status: 'dat', element: a }]);
    const count = drawHighlights(layer, [
      { itemId: 'P10', status: 'dat', element: a },
      { itemId: 'P12', status: 'chua_dat', element: a },
      { itemId: 'P13', status: 'dat', element: b },
    ]);

    expect(count).toBe(2);
    const boxes = [...layer.querySelectorAll<HTMLElement>('[data-highlight-item]')];
    expect(boxes.map((box) => [box.dataset.highlightItem, box.dataset.status])).toEqual([
      ['P10', 'dat'],
      ['P12', 'chua_dat'],
    ]);
    expect([boxes[0]?.style.left, boxes[0]?.style.top, boxes[0]?.style.width]).toEqual([
      '8px',
      '120px',
      '300px',
    ]);
    expect(boxes[0]?.textContent).toBe('P10');
    // Two items on one element: their labels sit side by side.
    expect(boxes[1]?.querySelector<HTMLElement>('.label')?.style.right).toBe('38px');
  });

  it('makes the box of the item the side panel asked for blink, and only that one', () => {
    const doc = parseHtml('<html><body><div id="layer"></div><p id="a">A</p></body></html>');
    const layer = placed(doc.getElementById('layer') as HTMLElement, 0, 0, 0, 0);
    const a = placed(doc.getElementById('a')!, 0, 0, 100, 20);
    drawHighlights(
      layer,
      [
        { itemId: 'P10', status: 'dat', element: a },
        { itemId: 'P14', status: 'dat', element: a },
      ],
      'P14',
    );
    const flashing = [...layer.querySelectorAll<HTMLElement>('[data-flash]')];
    expect(flashing.map((box) => box.dataset.highlightItem)).toEqual(['P14']);
  });
});
