import { ITEM_STATUSES, type ItemStatus } from '../../../shared/checklist/item-status.ts';

/** Keys 1–4, in the order of {@link ITEM_STATUSES}. */
const KEY_STATUS: Record<string, ItemStatus> = Object.fromEntries(
  ITEM_STATUSES.map((status, i) => [String(i + 1), status]),
);

/** Inputs a digit does not type into: on these, as on buttons and summaries, 1–4 answer the row. */
const NOT_TYPED_INTO = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'file', 'image']);

/**
 * The answer a key pressed in a checklist row gives (issue #8: a procedure by keyboard, a key per
 * item), or null: not 1–4, held with a modifier, or typed into a field that takes what is typed —
 * the note, and the evidence's link and date, where "…/tin/1234" or a posting date is digits.
 */
export function answerKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): ItemStatus | null {
  const status = KEY_STATUS[event.key];
  if (!status || event.ctrlKey || event.metaKey || event.altKey) return null;
  return takesTyping(event.target) ? null : status;
}

function takesTyping(target: EventTarget | null): boolean {
  const element = target as Element | null;
  if (typeof element?.matches !== 'function') return false;
  if (element.matches('textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  return (
    element.matches('input') && !NOT_TYPED_INTO.has((element.getAttribute('type') ?? 'text').toLowerCase())
  );
}
