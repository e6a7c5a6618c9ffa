import { type Language, MESSAGES } from '../i18n/messages.ts';

/** Styles of the unit-site badge, inside its shadow root so the site's CSS cannot reach it. */
export const SITE_BADGE_CSS = `
.badge { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px;
  display: flex; gap: 8px; align-items: center; padding: 6px 8px 6px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, sans-serif; background: #fff; color: #1b1b1b;
  border: 1px solid #1565c0; box-shadow: 0 2px 8px rgb(0 0 0 / 20%); }
.badge button { all: unset; cursor: pointer; padding: 0 4px; font-size: 16px; line-height: 1; color: #616161; }
.badge button:focus-visible { outline: 2px solid #1565c0; }
`;

/**
 * Fills the unit-site badge: one line of text and a button that hides it for this page, since the
 * badge sits over someone else's site and must never be in the way.
 */
export function renderSiteBadge(
  badge: HTMLElement,
  text: string,
  onClose: () => void,
  language: Language = 'vi',
): void {
  const t = MESSAGES[language];
  badge.className = 'badge';
  badge.lang = language;
  badge.setAttribute('role', 'status');
  badge.setAttribute('aria-live', 'polite');
  badge.title = t.siteBadgeTitle;
  const label = document.createElement('span');
  label.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t.siteBadgeHide);
  close.addEventListener('click', onClose);
  badge.replaceChildren(label, close);
}
