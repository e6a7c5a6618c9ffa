import type { SiteBlock } from '../../shared/site/site-block.ts';
import { cssPath } from './css-path.ts';

/** Elements that hold one piece of text on a page: a list item, a row, a paragraph, a heading. */
const BLOCKS = new Set([
  'P',
  'LI',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'ADDRESS',
  'A',
]);
const SKIP = 'script, style, noscript, template, svg, iframe';
/** A page with more blocks than this is cut: enough for any catalogue page, bounded for the UI thread. */
const MAX_BLOCKS = 4000;

/**
 * Adapter for a unit's own website: reduces any layout to its innermost text blocks, each with
 * a selector and its links, for the finders and unit rules in `shared/site/`. A table row is one
 * block (its cells belong together: code | name | link); a menu link is a block of its own.
 */
export function siteBlocks(doc: Document): SiteBlock[] {
  const blocks: SiteBlock[] = [];
  const walk = (element: Element) => {
    if (blocks.length >= MAX_BLOCKS || element.matches(SKIP)) return;
    const isRow = element.tagName === 'TR';
    const inner = isRow ? [] : [...element.children].filter((child) => hasBlock(child));
    if (BLOCKS.has(element.tagName) && (isRow || inner.length === 0)) {
      const text = spacedText(element).replace(/\s+/g, ' ').trim();
      if (text) {
        blocks.push({
          text,
          at: cssPath(element),
          tag: element.tagName.toLowerCase(),
          links: [...(element.tagName === 'A' ? [element] : element.querySelectorAll('a[href]'))].map(
            (a) => ({
              href: a.getAttribute('href') ?? '',
              text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
            }),
          ),
        });
      }
      return;
    }
    for (const child of element.children) walk(child);
  };
  if (doc.body) walk(doc.body);
  return blocks;
}

/** Whether `element` is or holds a block; a link is inline here, so "2.002481 – <a>…</a>" stays one block. */
function hasBlock(element: Element): boolean {
  if (element.tagName !== 'A' && BLOCKS.has(element.tagName)) return true;
  for (const child of element.children) if (hasBlock(child)) return true;
  return false;
}

/** The element's text with a space between cells, blocks and line breaks ("1 | 2.002481 | …"). */
function spacedText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || (node as Element).matches(SKIP)) return '';
  let text = '';
  for (const child of node.childNodes) text += spacedText(child);
  const tag = (node as Element).tagName;
  return tag === 'BR' || (tag !== 'A' && BLOCKS.has(tag)) ? ` ${text} ` : text;
}
