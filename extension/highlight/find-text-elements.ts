import { normalizeSpacing } from './evidence-location.ts';

/** `NodeFilter.SHOW_TEXT`, spelled out so the helper also runs where `NodeFilter` is not global. */
const SHOW_TEXT = 4;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Enough for any procedure page; bounds the walk on huge pages (no long task, issue #3). */
export const MAX_TEXT_NODES = 20_000;
/** How far up a text split by inline markup (`Bước 1: <b>Nộp</b> hồ sơ`) is looked for. */
const MAX_CLIMB = 3;

/**
 * The first visible element whose text contains each needle (needles as made by
 * `evidenceLocation`), in one bounded walk over the page's text nodes. A needle found in one
 * text node maps to that node's element; a text node that only begins the needle maps to the
 * nearest ancestor (up to three levels) whose whole text contains it.
 */
export function findTextElements(
  doc: Document,
  needles: readonly string[],
  isVisible: (element: Element) => boolean,
  maxNodes = MAX_TEXT_NODES,
): Map<string, Element> {
  const found = new Map<string, Element>();
  const pending = new Set(needles);
  if (!doc.body) return found;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let seen = 0; pending.size > 0 && seen < maxNodes; seen += 1) {
    const node = walker.nextNode();
    if (!node) break;
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName)) continue;
    const text = normalizeSpacing(node.textContent ?? '');
    if (text.length < 2) continue;
    for (const needle of pending) {
      const element = text.includes(needle)
        ? parent
        : text.length >= 4 && needle.startsWith(text)
          ? containing(parent, needle)
          : null;
      if (element && isVisible(element)) {
        found.set(needle, element);
        pending.delete(needle);
      }
    }
  }
  return found;
}

function containing(element: Element, needle: string): Element | null {
  let current: Element | null = element;
  for (let level = 0; current && level < MAX_CLIMB; level += 1, current = current.parentElement) {
    if (normalizeSpacing(current.textContent ?? '').includes(needle)) return current;
  }
  return null;
}
