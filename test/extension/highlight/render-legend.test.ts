import { describe, expect, it } from 'vitest';
import { renderLegend } from '../../../extension/highlight/render-legend.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

const legendElement = () =>
  parseHtml('<html><body><ul></ul></body></html>').querySelector('ul') as HTMLElement;

describe('renderLegend', () => {
  it("names each outlined item by its id, short name and result, in the person's language", () => {
    const legend = legendElement();
    const items = [
      { itemId: 'P14', status: 'dat' as const },
      { itemId: 'P16', status: 'chua_dat' as const },
    ];
    renderLegend(legend, items, 'vi');
    expect(legend.hidden).toBe(false);
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'P14cơ quan thực hiện — Đạt',
      'P16phí, lệ phí — Chưa đạt',
    ]);
    expect(legend.getAttribute('aria-label')).toBe('Các mục được tô sáng');
    // It scrolls when long: the keyboard reaches it (axe: scrollable-region-focusable).
    expect(legend.getAttribute('tabindex')).toBe('0');
    renderLegend(legend, items, 'en');
    expect(legend.querySelector('li')?.textContent).toBe('P14executing agency — Met');
  });

  it('hides itself when nothing is outlined', () => {
    const legend = legendElement();
    renderLegend(legend, [], 'vi');
    expect(legend.hidden).toBe(true);
    expect(legend.childElementCount).toBe(0);
  });
});
