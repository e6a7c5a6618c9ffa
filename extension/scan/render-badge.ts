import { summarizeResults } from '../../shared/checklist/summarize-results.ts';
import { badgeText } from './badge-text.ts';
import type { PortalScan } from './scan-portal-json.ts';

/** Styles of the badge, inside its shadow root so the portal's CSS cannot reach it. */
export const BADGE_CSS = `
.badge { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px;
  padding: 8px 12px; border-radius: 8px; font: 14px/1.4 system-ui, sans-serif;
  background: #fff; color: #1b1b1b; border: 2px solid #2e7d32; box-shadow: 0 2px 8px rgb(0 0 0 / 20%); }
.badge[data-complete='false'] { border-color: #b26a00; }
.badge[data-state='error'] { border-color: #757575; color: #424242; }
`;

/**
 * Fills the badge element for a scan. `data-state` is `ok` for a readable page (the text says how
 * many automatic items are met) and `error` when the page could not be read; `data-complete` tells
 * whether every item was met.
 */
export function renderBadge(badge: HTMLElement, scan: PortalScan | null): void {
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  badge.setAttribute('aria-live', 'polite');
  if (scan === null) {
    badge.dataset.state = 'loading';
    badge.textContent = 'CongKhai: đang đọc…';
  } else if (scan.state === 'error') {
    badge.dataset.state = 'error';
    badge.textContent = 'CongKhai: không đọc được trang này';
    badge.title = scan.message;
  } else {
    badge.dataset.state = 'ok';
    badge.dataset.complete = String(summarizeResults(scan.results).missing.length === 0);
    badge.textContent = badgeText(scan.results);
    badge.title = 'CongKhai — mục tự động kiểm tra trên Cổng DVC';
  }
}
