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
 * Finds the catalogue's procedures on a page: by code first (`2.002481`, with or without a case
 * suffix), then by name after normalisation (accents, case, spacing, abbreviations such as
 * "THCS"). Each procedure is reported once, at its first mention.
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
    const text = ` ${comparableName(block.text)} `;
    for (const { entry, name } of byName) {
      if (text.includes(` ${name} `) && !hits.some(([hit]) => hit.key === entry.key))
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
