import type { Excerpt, PartKey, ProcedureFacts } from '../procedure/procedure-facts.ts';
import { isPlaceholder } from '../text/is-placeholder.ts';
import type { Localized } from '../text/localized.ts';
import { result } from './result.ts';
import type { RuleResult } from './rule.ts';

/**
 * The decision shared by the content items of Decree 63/2010 Art. 8(2): a part the page does not
 * expose is `chua_kiem_tra` (never a guessed `dat`), a part with only placeholders is `chua_dat`,
 * and a part with real text is `dat` with that text as evidence. `label` names the part inside a
 * sentence: `{ vi: 'trình tự thực hiện', en: 'the steps' }`.
 */
export function partPresence(facts: ProcedureFacts, part: PartKey, label: Localized): RuleResult {
  const excerpts = facts.parts[part];
  if (excerpts === undefined) {
    return result('chua_kiem_tra', {
      vi: `Trang không cho biết ${label.vi}.`,
      en: `The page says nothing about ${label.en}.`,
    });
  }
  const found = excerpts.find((excerpt) => !isPlaceholder(excerpt.text));
  if (found)
    return result('dat', { vi: `Có ${label.vi}.`, en: `The page states ${label.en}.` }, shorten(found));
  return result(
    'chua_dat',
    {
      vi: `Thiếu ${label.vi}.`,
      en: `The page has a section for ${label.en}, but it is empty or a placeholder.`,
    },
    excerpts[0] ?? null,
  );
}

/** Evidence is an excerpt, not the whole section: long texts are cut at a word boundary. */
const EXCERPT_LENGTH = 240;

function shorten(excerpt: Excerpt): Excerpt {
  if (excerpt.text.length <= EXCERPT_LENGTH) return excerpt;
  const cut = excerpt.text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '');
  return { ...excerpt, text: `${cut}…` };
}
