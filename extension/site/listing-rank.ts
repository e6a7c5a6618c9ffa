import type { SiteListing } from '../../shared/site/find-catalogue-procedures.ts';

/**
 * How good a mention of a procedure on the unit's website is as evidence for P05: a link to the
 * procedure's own portal page (2) beats a link to the portal elsewhere (1), which beats no link (0).
 */
export const listingRank = (listing: SiteListing): number =>
  listing.linksToProcedure ? 2 : listing.portalLink ? 1 : 0;
