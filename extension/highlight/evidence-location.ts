import type { Excerpt } from '../../shared/procedure/procedure-facts.ts';

/**
 * Exactly the selectors `cssPath()` (extension/adapters/css-path.ts) writes: an optional `#id`
 * start, then `tag:nth-of-type(n)` steps. Anything else in `at` is a JSON path (`data.cases[0]`)
 * or a field name (`name`, `code`) — which are also valid CSS (`<code>` elements!), so they must
 * never reach `querySelector`.
 */
const CSS_PATH =
  /^(#[A-Za-z][\w-]*|[a-z][a-z0-9-]*:nth-of-type\(\d+\))( > [a-z][a-z0-9-]*:nth-of-type\(\d+\))*$/;

/** Locations that are not page text: the page's own URL and dates the rules reformatted. */
const NOT_ON_PAGE = new Set(['source.url', 'decisionDate', 'updatedAt']);

/** How many characters of an excerpt are looked for on the page (issue #3 highlight mode). */
export const NEEDLE_LENGTH = 60;

export type EvidenceLocation = { selector: string } | { needle: string };

/**
 * Where to look for an excerpt on the page: by its selector when the adapter read the DOM, else
 * by its text (the SPA renders the JSON the adapter read). The needle is the excerpt's first
 * part — adapters join a step's name and description with " — ", which the page shows apart —
 * with spacing and case normalised, cut to {@link NEEDLE_LENGTH} characters. Null when the
 * excerpt cannot be on the page.
 */
export function evidenceLocation(excerpt: Excerpt): EvidenceLocation | null {
  if (CSS_PATH.test(excerpt.at)) return { selector: excerpt.at };
  if (NOT_ON_PAGE.has(excerpt.at)) return null;
  const needle = normalizeSpacing(excerpt.text.split(' — ')[0] ?? '')
    .slice(0, NEEDLE_LENGTH)
    .trim();
  return needle.length >= 2 ? { needle } : null;
}

/** NFC, one space for any run of white space, lower case: how page text and needles compare. */
export function normalizeSpacing(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
