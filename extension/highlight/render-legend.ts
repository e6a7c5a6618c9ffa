import { STATUS_LABELS } from '../../shared/checklist/item-status.ts';
import { shortItemName } from '../../shared/checklist/short-item-name.ts';
import { type Language, MESSAGES } from '../i18n/messages.ts';
import type { Highlighter } from './create-highlighter.ts';

/**
 * The legend of highlight mode, in the badge: each outlined item's id (as on its box's label),
 * short name and result — the boxes' labels carry only the id, so they stay small on the page.
 * Hidden when nothing is outlined.
 */
export function renderLegend(legend: HTMLElement, items: Highlighter['items'], language: Language): void {
  const doc = legend.ownerDocument;
  legend.setAttribute('aria-label', MESSAGES[language].highlightLegend);
  // A long legend scrolls inside the badge: focusable, so the keyboard can scroll it too.
  legend.setAttribute('tabindex', '0');
  legend.replaceChildren(
    ...items.map(({ itemId, status }) => {
      const row = doc.createElement('li');
      row.dataset.legendItem = itemId;
      row.dataset.status = status;
      const id = doc.createElement('span');
      id.className = 'id';
      id.textContent = itemId;
      row.append(id, `${shortItemName(itemId, language)} — ${STATUS_LABELS[status][language]}`);
      return row;
    }),
  );
  legend.hidden = items.length === 0;
}
