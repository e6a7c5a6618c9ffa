import type { SiteBlock } from '../../site/site-block.ts';
import type { Localized } from '../../text/localized.ts';
import { normalizeVi } from '../../text/normalize-vi.ts';
import { result } from '../result.ts';
import type { RuleResult } from '../rule.ts';

/**
 * The decision most unit rules share: the first block whose loose-normalised text matches
 * `pattern` (and `also`, when given) is the evidence for `dat`.
 */
export function blockRule(
  blocks: readonly SiteBlock[],
  pattern: RegExp,
  found: Localized,
  notFound: Localized,
  also?: (block: SiteBlock) => boolean,
): RuleResult {
  const block = blocks.find((b) => pattern.test(normalizeVi(b.text, { loose: true })) && (!also || also(b)));
  if (!block) return result('chua_kiem_tra', notFound);
  return result('dat', found, { text: block.text.slice(0, 240), at: block.at });
}
