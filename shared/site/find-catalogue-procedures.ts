import { findProcedureCodes } from '../procedure/procedure-code.ts';
import { expandAbbreviations } from '../text/expand-abbreviations.ts';
import { normalizeVi } from '../text/normalize-vi.ts';
import { portalLinkKind } from './portal-link.ts';
import type { SiteBlock } from './site-block.ts';

export interface CatalogueRef {
  key: string;
  code: string | null;
  name: string;
}

/** A catalogue procedure that a unit website page mentions. */
export interface SiteListing {
  key: string;
  code: string | null;
  name: string;
  matchedBy: 'code' | 'name';
  at: string;
  text: string;
  /** The portal link beside the mention, if any; `linksToProcedure` when it opens the procedure itself. */
  portalLink: string | null;
  linksToProcedure: boolean;
}

/** Comparable form of a procedure name: no accents, abbreviations expanded, no "Thủ tục" prefix. */
export const comparableName = (name: string): string =>
  expandAbbreviations(normalizeVi(name, { loose: true })).replace(/^thu tuc /, '');

/**
 * What may stand before a procedure's name in a list entry, on comparable text: numbering ("1.",
 * "a)", "IV."), "STT", "Tên thủ tục:", "Thủ tục (hành chính)".
 */
const LIST_LEAD = /^(?:(?:\d+|[a-z]|[ivx]+|stt|ten|thu tuc(?: hanh chinh)?)\s+)+/;

/**
 * Whether a block that contains a procedure's name posts it rather than merely mentions it: a
 * table row (its cells are a list entry) or a block that opens with the name once list marks are
 * set aside — an item, a link, a heading. A news or announcement sentence that names a procedure
 * along the way ("… phụ huynh hỏi về việc chuyển trường đối với học sinh THCS …", "Thông báo
 * tuyển sinh trung học cơ sở năm học …") is not that procedure's posting.
 */
function postsName(block: SiteBlock, comparable: string, name: string): boolean {
  if (block.tag === 'tr') return true;
  return `${comparable.replace(LIST_LEAD, '')} `.startsWith(`${name} `);
}

/**
 * Finds the catalogue's procedures on a page: by code first (`2.002481`, with or without a case
 * suffix), then by name after normalisation (accents, case, spacing, abbreviations such as
 * "THCS") where the block posts the procedure rather than mentions it in passing
 * ({@link postsName}). Each procedure is reported once, at its first mention.
 */
export function findCatalogueProcedures(
  blocks: readonly SiteBlock[],
  catalogue: readonly CatalogueRef[],
  pageUrl?: string,
): SiteListing[] {
  const byCode = new Map(catalogue.filter((e) => e.code).map((e) => [e.code as string, e]));
  // Longer names first, so "… trở lại" is not taken for the shorter name it contains.
  const byName = catalogue
    .map((entry) => ({ entry, name: comparableName(entry.name) }))
    .filter((e) => e.name.length >= 12)
    .sort((a, b) => b.name.length - a.name.length);
  const found = new Map<string, SiteListing>();
  for (const block of blocks) {
    const hits: [CatalogueRef, 'code' | 'name'][] = [];
    for (const code of findProcedureCodes(block.text)) {
      const entry = byCode.get(code);
      if (entry) hits.push([entry, 'code']);
    }
    const comparable = comparableName(block.text);
    const text = ` ${comparable} `;
    for (const { entry, name } of byName) {
      if (
        text.includes(` ${name} `) &&
        !hits.some(([hit]) => hit.key === entry.key) &&
        postsName(block, comparable, name)
      )
        hits.push([entry, 'name']);
    }
    for (const [entry, matchedBy] of hits) {
      if (found.has(entry.key)) continue;
      const links = block.links.map((link) => ({ ...link, kind: portalLinkKind(link.href, pageUrl) }));
      const link = links.find((l) => l.kind === 'procedure') ?? links.find((l) => l.kind === 'portal');
      found.set(entry.key, {
        key: entry.key,
        code: entry.code,
        name: entry.name,
        matchedBy,
        at: block.at,
        text: block.text.slice(0, 240),
        portalLink: link?.href ?? null,
        linksToProcedure: link?.kind === 'procedure',
      });
    }
  }
  return [...found.values()];
}
