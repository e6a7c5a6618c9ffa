import type { Excerpt, PartKey, ProcedureFacts } from '../procedure/procedure-facts.ts';
import { isPlaceholder } from '../text/is-placeholder.ts';
import type { RuleResult } from './rule.ts';

/**
 * The decision shared by the content items of Decree 63/2010 Art. 8(2): a part the page does not
 * expose is `chua_kiem_tra` (never a guessed `dat`), a part with only placeholders is `chua_dat`,
 * and a part with real text is `dat` with that text as evidence.
 */
export function partPresence(facts: ProcedureFacts, part: PartKey, label: string): RuleResult {
  const excerpts = facts.parts[part];
  if (excerpts === undefined) {
    return { status: 'chua_kiem_tra', evidence: null, reason: `Trang không cho biết ${label}.` };
  }
  const found = excerpts.find((excerpt) => !isPlaceholder(excerpt.text));
  if (found) return { status: 'dat', evidence: shorten(found), reason: `Có ${label}.` };
  return {
    status: 'chua_dat',
    evidence: excerpts[0] ?? null,
    reason: `Thiếu ${label}.`,
  };
}

/** Evidence is an excerpt, not the whole section: long texts are cut at a word boundary. */
const EXCERPT_LENGTH = 240;

function shorten(excerpt: Excerpt): Excerpt {
  if (excerpt.text.length <= EXCERPT_LENGTH) return excerpt;
  const cut = excerpt.text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '');
  return { text: `${cut}…`, at: excerpt.at };
}
