/**
 * A selector that finds `element` again in the same document: the nearest ancestor with an id,
 * then `tag:nth-of-type(n)` steps. Used as the DOM location of evidence, so highlight mode can
 * outline the part of the page that decided an item.
 */
export function cssPath(element: Element): string {
  const steps: string[] = [];
  let node: Element | null = element;
  while (node && node.nodeType === 1 && node.tagName !== 'HTML') {
    if (node.id && /^[A-Za-z][\w-]*$/.test(node.id)) {
      steps.unshift(`#${node.id}`);
      break;
    }
    const tag = node.tagName.toLowerCase();
    let index = 1;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.tagName === node.tagName) index += 1;
    }
    steps.unshift(`${tag}:nth-of-type(${index})`);
    node = node.parentElement;
  }
  return steps.join(' > ');
}
