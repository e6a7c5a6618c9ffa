import { summarizeResults } from '../../shared/checklist/summarize-results.ts';
import { pick } from '../../shared/text/localized.ts';
import { type Language, MESSAGES } from '../i18n/messages.ts';
import { badgeText } from './badge-text.ts';
import type { PageScan } from './page-scan.ts';

/** Styles of the badge, inside its shadow root so the portal's CSS cannot reach it. */
export const BADGE_CSS = `
.badge { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px;
  display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
  padding: 8px 12px; border-radius: 8px; font: 14px/1.4 system-ui, sans-serif;
  background: #fff; color: #1b1b1b; border: 2px solid #2e7d32; box-shadow: 0 2px 8px rgb(0 0 0 / 20%); }
.badge[data-complete='false'] { border-color: #b26a00; }
.badge[data-state='error'] { border-color: #757575; color: #424242; }
.badge button { flex: none; font: inherit; font-size: 13px; padding: 2px 8px; border-radius: 6px;
  border: 1px solid #616161; background: #fff; color: inherit; cursor: pointer; }
.badge button[aria-pressed='true'] { background: #1b1b1b; color: #fff; }
.badge button:focus-visible { outline: 2px solid #1565c0; outline-offset: 2px; }
.badge button[hidden] { display: none; }
.badge [data-open-panel] { cursor: pointer; }
.badge .legend { order: -1; flex-basis: 100%; margin: 0; padding: 0; list-style: none;
  max-height: 40vh; overflow: auto; font-size: 13px; }
.badge .legend[hidden] { display: none; }
.badge .legend:focus-visible { outline: 2px solid #1565c0; outline-offset: 2px; }
.badge .legend li { display: flex; gap: 6px; align-items: baseline; }
.badge .legend .id { flex: none; padding: 0 4px; border-radius: 3px; font-weight: 600;
  color: #fff; background: #1b5e20; }
.badge .legend [data-status='chua_dat'] .id { background: #b71c1c; }
`;

/**
 * The badge's elements: `root` carries the state, `text` the line, `toggle` highlight mode,
 * `open` the side panel, `legend` names the highlighted items while highlight mode is on.
 */
export interface BadgeParts {
  root: HTMLElement;
  text: HTMLElement;
  toggle: HTMLButtonElement;
  open: HTMLButtonElement;
  legend: HTMLElement;
}

/**
 * Fills the badge for a scan. `data-state` is `loading`, `ok` for a readable page (the text says
 * how many automatic items are met) or `error` when the page could not be read; `data-complete`
 * tells whether every decided item was met; `data-scan-ms` is the last adapter + rules time
 * (read by the bench from outside the isolated world). The highlight toggle shows only for a
 * readable page and starts switched off (its legend hidden); the side-panel button always shows.
 */
export function renderBadge(
  { root, text, toggle, open, legend }: BadgeParts,
  scan: PageScan | null,
  language: Language = 'vi',
): void {
  const t = MESSAGES[language];
  root.className = 'badge';
  // A landmark of its own, in the interface language, over a page that is in Vietnamese.
  root.lang = language;
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', 'CongKhai');
  text.setAttribute('role', 'status');
  text.setAttribute('aria-live', 'polite');
  toggle.type = 'button';
  toggle.textContent = t.highlight;
  toggle.title = t.highlightTitle;
  toggle.dataset.highlight = '';
  toggle.setAttribute('aria-pressed', 'false');
  toggle.hidden = scan?.state !== 'ok';
  open.type = 'button';
  open.textContent = t.badgeOpenPanel;
  open.dataset.openPanel = '';
  legend.hidden = true;
  legend.replaceChildren();
  delete root.dataset.complete;
  delete root.dataset.scanMs;
  if (scan === null) {
    root.dataset.state = 'loading';
    text.textContent = t.badgeReading;
    root.title = '';
  } else if (scan.state === 'error') {
    root.dataset.state = 'error';
    text.textContent = t.badgeUnreadable;
    root.title = pick(scan.message, language);
  } else {
    root.dataset.state = 'ok';
    root.dataset.complete = String(summarizeResults(scan.results).missing.length === 0);
    root.dataset.scanMs = scan.ms.toFixed(3);
    text.textContent = badgeText(scan.results, language);
    root.title = t.badgeTitle;
  }
}
