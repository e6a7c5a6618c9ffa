import { describe, expect, it } from 'vitest';
import type { PageScan } from '../../../extension/scan/page-scan.ts';
import { type BadgeParts, renderBadge } from '../../../extension/scan/render-badge.ts';
import { makeFacts } from '../../fixtures/make-facts.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

function parts(): BadgeParts {
  const doc = parseHtml(
    '<html><body><div id="b"><ul></ul><span></span><button id="t"></button><button id="o"></button></div></body></html>',
  );
  const root = doc.getElementById('b') as HTMLElement;
  return {
    root,
    text: root.querySelector('span') as HTMLElement,
    toggle: doc.getElementById('t') as HTMLButtonElement,
    open: doc.getElementById('o') as HTMLButtonElement,
    legend: root.querySelector('ul') as HTMLElement,
  };
}

const ok: PageScan = {
  state: 'ok',
  facts: makeFacts(),
  results: {
    P08: { status: 'dat', evidence: null, reason: { vi: '', en: '' } },
    P16: { status: 'chua_dat', evidence: null, reason: { vi: '', en: '' } },
  },
  ms: 1.23456,
};

describe('renderBadge', () => {
  it('shows a readable page: count, missing items, the scan time and the highlight toggle', () => {
    const badge = parts();
    renderBadge(badge, ok);
    expect(badge.root.dataset).toMatchObject({ state: 'ok', complete: 'false', scanMs: '1.235' });
    expect(badge.text.textContent).toBe('1 đạt tự động · 1 chưa đạt: phí, lệ phí · 21 cần tự kiểm tra');
    expect(badge.text.getAttribute('role')).toBe('status');
    expect(badge.toggle.textContent).toBe('Tô sáng');
    expect(badge.toggle.hasAttribute('data-highlight')).toBe(true);
    expect(badge.toggle.getAttribute('aria-pressed')).toBe('false');
    expect(badge.toggle.hidden).toBe(false);
    expect(badge.open.textContent).toBe('Mở bảng kiểm tra');
    expect(badge.open.hasAttribute('data-open-panel')).toBe(true);
    expect(badge.legend.hidden).toBe(true);
  });

  it('shows the calm error state without a toggle or a scan time', () => {
    const badge = parts();
    renderBadge(badge, ok);
    renderBadge(badge, {
      state: 'error',
      message: { vi: 'Không có bảng thủ tục.', en: 'No procedure table.' },
    });
    expect(badge.root.dataset.state).toBe('error');
    expect(badge.root.dataset.scanMs).toBeUndefined();
    expect(badge.root.dataset.complete).toBeUndefined();
    expect(badge.text.textContent).toBe('CongKhai: không đọc được trang này');
    expect(badge.root.title).toBe('Không có bảng thủ tục.');
    renderBadge(
      badge,
      { state: 'error', message: { vi: 'Không có bảng thủ tục.', en: 'No procedure table.' } },
      'en',
    );
    expect(badge.root.title).toBe('No procedure table.');
    expect(badge.toggle.hidden).toBe(true);
    // Read in English over a Vietnamese page, as a landmark of its own.
    expect(badge.root.lang).toBe('en');
    expect(badge.root.getAttribute('role')).toBe('region');
    expect(badge.root.getAttribute('aria-label')).toBe('CongKhai');
  });

  it('shows the reading state and switches highlight mode off', () => {
    const badge = parts();
    badge.toggle.setAttribute('aria-pressed', 'true');
    renderBadge(badge, null);
    expect(badge.root.dataset.state).toBe('loading');
    expect(badge.toggle.getAttribute('aria-pressed')).toBe('false');
    expect(badge.toggle.hidden).toBe(true);
  });
});
