import type { Page } from 'playwright-core';
import { MESSAGES } from '../../extension/i18n/messages.ts';
import { CHECKLIST_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { STATUS_LABELS } from '../../shared/checklist/item-status.ts';

/** A Vietnamese letter: a vowel with its marks (decomposed) or đ. English text has none. */
const VIETNAMESE_LETTER = /[\u0300-\u036f]|đ/i;

/**
 * Page text that a text in English quotes as the page or the person wrote it ("the “Căn cứ pháp
 * lý” section", an example such as "THCS Trường Sơn · Chrome"), by design (shared/text/localized.ts).
 */
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»/g;

/**
 * Pieces of the interface's Vietnamese strings (messages, statuses, item names) that no English
 * string contains, at least 4 characters long: seeing one means a string was not translated.
 */
const VIETNAMESE_PIECES = (() => {
  const english = [
    ...Object.values(MESSAGES.en),
    ...Object.values(STATUS_LABELS).map((label) => label.en),
    ...CHECKLIST_ITEMS.map((item) => item.en),
  ].join('\n');
  const vietnamese = [
    ...Object.values(MESSAGES.vi),
    ...Object.values(STATUS_LABELS).map((label) => label.vi),
    ...CHECKLIST_ITEMS.map((item) => item.vi),
  ];
  const pieces = vietnamese
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((piece) => piece.trim().replace(/^[\s.,:;()—·–-]+|[\s.,:;()—·–-]+$/g, ''))
    .filter((piece) => piece.length >= 4 && /\p{L}/u.test(piece) && !english.includes(piece));
  return [...new Set(pieces)];
})();

/**
 * Every text a person meets under `rootSelector` (the whole document when absent, else that
 * element's shadow root): text nodes, the title and the labels read aloud (`title`, `aria-label`,
 * `placeholder`, `alt`), whether shown now or behind a closed `<details>`. Subtrees marked
 * `lang="vi"` are left out: the extension marks so the procedure names, field names and page
 * excerpts it shows, which are Vietnamese in either interface language.
 */
function textsOf(page: Page, rootSelector: string | null): Promise<string[]> {
  return page.evaluate((selector) => {
    const texts: string[] = selector ? [] : [document.title];
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node instanceof Element &&
          (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(node.tagName) || node.getAttribute('lang') === 'vi')
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
            const value = node.getAttribute(name);
            if (value) texts.push(value);
          }
          if (node.shadowRoot) walk(node.shadowRoot);
        } else if (node.textContent?.trim()) {
          texts.push(node.textContent.trim());
        }
      }
    };
    const root = selector ? document.querySelector(selector)?.shadowRoot : document.documentElement;
    if (!root) throw new Error(`nothing to read at ${selector}`);
    walk(root);
    return texts;
  }, rootSelector);
}

/**
 * The texts under `rootSelector` that are still Vietnamese in English mode: with a Vietnamese
 * letter, or holding a piece of a Vietnamese interface string. Not counted: subtrees marked
 * `lang="vi"`, quoted page text, and `names` (what people named: the unit, devices).
 */
export async function vietnameseLeft(
  page: Page,
  names: readonly string[],
  rootSelector: string | null = null,
): Promise<string[]> {
  const texts = await textsOf(page, rootSelector);
  return texts.filter((text) => {
    let rest = text.replace(QUOTED, '');
    // Longest first: a device is often named after its unit ("THCS Trường Sơn · Chrome").
    for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join('');
    return (
      VIETNAMESE_LETTER.test(rest.normalize('NFD')) || VIETNAMESE_PIECES.some((piece) => rest.includes(piece))
    );
  });
}

/** What people named, read from the extension's IndexedDB: the unit, this device, who answered. */
export function storedNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('congkhai');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const meta = await all<{ key: string; value: unknown }>('meta');
    const answers = await all<{ fields: { checkedBy?: string | null } }>('answers');
    db.close();
    const value = (key: string) => meta.find((row) => row.key === key)?.value;
    const names = [
      (value('unit') as { name?: string } | undefined)?.name,
      value('deviceLabel') as string | undefined,
      ...answers.map((answer) => answer.fields.checkedBy),
    ];
    return [...new Set(names.filter((name): name is string => Boolean(name)))];
  });
}
