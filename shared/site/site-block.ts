/**
 * A unit website page reduced to its text blocks (list items, table rows, paragraphs, headings),
 * each with its DOM location and links. The adapter knows the markup; the finders and unit rules
 * in `shared/` only read blocks, so they run the same in the extension and in the scan CLI.
 */
export interface SiteBlock {
  text: string;
  at: string;
  /** `h1`–`h6`, `a` (a navigation link) or another tag name. */
  tag: string;
  links: { href: string; text: string }[];
}
