/**
 * Paths and same-tag positions already worked out during one batch of `cssPath` calls over a DOM
 * that does not change meanwhile (one adapter run). Without it every call walks back over the
 * previous siblings of every ancestor, which on a page with 400-row tables is a long task in
 * Chromium (issue #3: no task ≥ 50 ms).
 */
export interface CssPathCache {
  paths: Map<Element, string>;
  positions: Map<Element, number>;
}

export const createCssPathCache = (): CssPathCache => ({ paths: new Map(), positions: new Map() });

const ID = /^[A-Za-z][\w-]*$/;

/**
 * A selector that finds `element` again in the same document: the nearest ancestor with an id,
 * then `tag:nth-of-type(n)` steps. Used as the DOM location of evidence, so highlight mode can
 * outline the part of the page that decided an item. The cache changes the cost, never the path.
 */
export function cssPath(element: Element, cache?: CssPathCache): string {
  if (cache) return cachedPath(element, cache);
  const steps: string[] = [];
  let node: Element | null = element;
  while (node && node.nodeType === 1 && node.tagName !== 'HTML') {
    if (node.id && ID.test(node.id)) {
      steps.unshift(`#${node.id}`);
      break;
    }
    steps.unshift(`${node.tagName.toLowerCase()}:nth-of-type(${position(node)})`);
    node = node.parentElement;
  }
  return steps.join(' > ');
}

function position(node: Element): number {
  let index = 1;
  for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.tagName === node.tagName) index += 1;
  }
  return index;
}

function cachedPath(node: Element, cache: CssPathCache): string {
  const known = cache.paths.get(node);
  if (known !== undefined) return known;
  let path: string;
  if (node.id && ID.test(node.id)) {
    path = `#${node.id}`;
  } else {
    const step = `${node.tagName.toLowerCase()}:nth-of-type(${cachedPosition(node, cache)})`;
    const parent = node.parentElement;
    path =
      parent && parent.nodeType === 1 && parent.tagName !== 'HTML'
        ? `${cachedPath(parent, cache)} > ${step}`
        : step;
  }
  cache.paths.set(node, path);
  return path;
}

/** Positions all children of the node's parent in one pass, the first time one is asked for. */
function cachedPosition(node: Element, cache: CssPathCache): number {
  const known = cache.positions.get(node);
  if (known !== undefined) return known;
  const parent = node.parentElement;
  if (!parent) return position(node);
  const counts: Record<string, number> = {};
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const index = (counts[child.tagName] ?? 0) + 1;
    counts[child.tagName] = index;
    cache.positions.set(child, index);
  }
  return cache.positions.get(node) ?? position(node);
}
