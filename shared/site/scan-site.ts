import type { RuleResult } from '../checklist/rule.ts';
import { UNIT_RULES } from '../checklist/unit-rules/index.ts';
import { type CatalogueRef, findCatalogueProcedures, type SiteListing } from './find-catalogue-procedures.ts';
import type { SiteBlock } from './site-block.ts';

/** What a unit website page shows: the catalogue procedures it lists and unit-level evidence. */
export interface SiteFindings {
  source: { kind: 'unit-site'; url: string };
  listings: SiteListing[];
  unitItems: Record<string, RuleResult>;
}

export function scanSite(
  blocks: readonly SiteBlock[],
  url: string,
  catalogue: readonly CatalogueRef[],
): SiteFindings {
  const listings = findCatalogueProcedures(blocks, catalogue, url);
  const unitItems: Record<string, RuleResult> = {};
  for (const rule of UNIT_RULES) unitItems[rule.id] = rule.evaluate(blocks, listings);
  return { source: { kind: 'unit-site', url }, listings, unitItems };
}
