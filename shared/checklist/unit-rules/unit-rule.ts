import type { SiteListing } from '../../site/find-catalogue-procedures.ts';
import type { SiteBlock } from '../../site/site-block.ts';
import type { RuleResult } from '../rule.ts';

/**
 * A unit-level item decided from the unit's website (SEMI: the tool finds candidate evidence, a
 * person confirms). One page not showing something proves nothing about the site, so a unit rule
 * answers `dat` with evidence or `chua_kiem_tra`, never `chua_dat`.
 */
export interface UnitRule {
  id: string;
  evaluate(blocks: readonly SiteBlock[], listings: readonly SiteListing[]): RuleResult;
}
