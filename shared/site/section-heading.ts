import type { SiteBlock } from './site-block.ts';

const HEADING = /^(h[1-6]|dt)$/;
/** A heading longer than this is a sentence set in large type, not a section name. */
const MAX_HEADING = 120;

/**
 * The heading a passage of `sitePassages()` sits under, as the page prints it: a section's own
 * heading (the block right after it), else the nearest heading before the passage. What people
 * are shown for where a unit rule read its evidence ("mục “Liên hệ”"); undefined when no heading
 * comes before it.
 */
export function sectionHeading(passages: readonly SiteBlock[], index: number): string | undefined {
  const own = passages[index];
  if (own?.tag === 'section') return short(passages[index + 1]?.text);
  for (let i = index; i >= 0; i -= 1) {
    const block = passages[i] as SiteBlock;
    if (HEADING.test(block.tag)) return short(block.text);
  }
  return undefined;
}

const short = (text: string | undefined): string | undefined =>
  text && text.length <= MAX_HEADING ? text.replace(/[:：]\s*$/, '') : undefined;
