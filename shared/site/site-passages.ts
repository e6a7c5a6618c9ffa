import type { SiteBlock } from './site-block.ts';

/** Tags that open a section: headings, and the term of a definition list. */
const HEADING = /^(h[1-6]|dt)$/;
/** Page furniture a section never runs into, even when it shares the heading's container. */
const LANDMARK = /^(header|footer|nav|aside)\b/;
/** A section is read as a whole up to this many blocks: contact boxes are short, articles are not. */
const MAX_SECTION_BLOCKS = 12;
/**
 * Wrappers a heading may sit alone in, its text below in a sibling box (`<div class="title"><h3>…`
 * then `<div class="body">…`): then the section is read in the box around both. A `main`,
 * `section` or `article` is a container of its own.
 */
const TITLE_BOX = /^(div|header|hgroup|span|a|strong|b)\b/;
/** A heading located only by its own id: how many of the blocks right after it make its section. */
const ANCHORED_SECTION_BLOCKS = 3;

/**
 * What unit rules read on a page: every block, and every section as one passage — a heading with
 * the blocks that follow it up to the next heading, while they stay in the heading's container
 * (its parent, or the box around its title box when it sits alone in one). So a heading
 * "Địa chỉ tiếp nhận phản ánh, kiến nghị" with the phone in the next paragraph is read together.
 * A section's passage has the tag `section`, is found at its heading, and comes just before the
 * heading's own block, in page order.
 */
export function sitePassages(blocks: readonly SiteBlock[]): SiteBlock[] {
  const passages: SiteBlock[] = [];
  blocks.forEach((block, i) => {
    if (HEADING.test(block.tag)) {
      const body = sectionBody(blocks, i);
      if (body.length > 0)
        passages.push({
          text: [block, ...body].map((b) => b.text).join(' '),
          at: block.at,
          tag: 'section',
          links: [block, ...body].flatMap((b) => b.links),
        });
    }
    passages.push(block);
  });
  return passages;
}

/** The blocks after the heading at `i` that belong to its section. */
function sectionBody(blocks: readonly SiteBlock[], i: number): SiteBlock[] {
  const heading = blocks[i] as SiteBlock;
  const following = blocks.slice(i + 1, i + 1 + MAX_SECTION_BLOCKS);
  const end = following.findIndex((block) => HEADING.test(block.tag));
  const candidates = end === -1 ? following : following.slice(0, end);
  const first = candidates[0];
  if (!first) return [];
  // A heading known only by its id (`#lien-he`) has no known container: its section is the few
  // blocks right after it.
  if (isAnchored(heading.at)) return candidates.slice(0, ANCHORED_SECTION_BLOCKS);
  const parent = parentPath(heading.at);
  const titleBox = parent !== null && TITLE_BOX.test(lastStep(parent));
  const container = [parent, titleBox ? parentPath(parent) : null].find(
    (path): path is string => path !== null && inside(first.at, path),
  );
  if (container === undefined) return [];
  const body: SiteBlock[] = [];
  for (const block of candidates) {
    if (!inside(block.at, container) || LANDMARK.test(block.at.slice(container.length + 3))) break;
    body.push(block);
  }
  return body;
}

/** `main > section:nth-of-type(2) > h2:nth-of-type(1)` → `main > section:nth-of-type(2)`. */
function parentPath(at: string): string | null {
  const cut = at.lastIndexOf(' > ');
  return cut === -1 ? null : at.slice(0, cut);
}

const inside = (at: string, container: string): boolean => at.startsWith(`${container} > `);

/** `main > div:nth-of-type(2)` → `div:nth-of-type(2)`. */
const lastStep = (at: string): string => at.slice(at.lastIndexOf(' > ') + 3);

/** A path that is only an id (`#lien-he`): the element's parent is not known from it. */
const isAnchored = (at: string): boolean => /^#[\w-]+$/.test(at);
