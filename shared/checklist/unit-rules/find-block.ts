import { sectionHeading } from '../../site/section-heading.ts';
import type { SiteBlock } from '../../site/site-block.ts';
import { sitePassages } from '../../site/site-passages.ts';
import type { Localized } from '../../text/localized.ts';
import { normalizeVi } from '../../text/normalize-vi.ts';
import { result } from '../result.ts';
import type { RuleResult } from '../rule.ts';

/**
 * The decision most unit rules share: the first passage — a block, or a section read as a whole
 * (a heading with the blocks under it, `sitePassages`) — whose loose-normalised text matches
 * `pattern` (and `also`, when given) is the evidence for `dat`.
 */
export function blockRule(
  blocks: readonly SiteBlock[],
  pattern: RegExp,
  found: Localized,
  notFound: Localized,
  also?: (passage: SiteBlock) => boolean,
): RuleResult {
  const passages = sitePassages(blocks);
  const index = passages.findIndex(
    (b) => pattern.test(normalizeVi(b.text, { loose: true })) && (!also || also(b)),
  );
  const passage = passages[index];
  if (!passage) return result('chua_kiem_tra', notFound);
  const section = sectionHeading(passages, index);
  const evidence = { text: passage.text.slice(0, 240), at: passage.at };
  return result('dat', found, section ? { ...evidence, section } : evidence);
}
