import type { CatalogueRow, SiteScanRow } from '../db/database.ts';
import { listingRank } from './listing-rank.ts';

/** Where the unit's website shows one catalogue procedure, for the side panel's list. */
export interface CatalogueOnSite {
  key: string;
  code: string | null;
  name: string;
  /** `linked`: a link to the procedure's portal page; `portal`: a link to the portal elsewhere. */
  state: 'linked' | 'portal' | 'no-link' | 'missing';
  /** The page of the best mention, when there is one. */
  url: string | null;
  portalLink: string | null;
}

const STATES = ['no-link', 'portal', 'linked'] as const;

/**
 * Each catalogue procedure with its best mention over the scanned pages of the unit's website
 * ({@link listingRank}; among equals the latest page), in catalogue order. Listings are matched by
 * catalogue key, so a procedure without a code, found by its name, is shown too.
 */
export function catalogueOnSite(
  catalogue: readonly CatalogueRow[],
  siteScans: readonly SiteScanRow[],
): CatalogueOnSite[] {
  const best = new Map<
    string,
    { rank: number; capturedAt: number; url: string; portalLink: string | null }
  >();
  for (const row of siteScans) {
    for (const listing of row.listings) {
      const rank = listingRank(listing);
      const seen = best.get(listing.key);
      if (seen && (rank < seen.rank || (rank === seen.rank && row.capturedAt <= seen.capturedAt))) continue;
      best.set(listing.key, {
        rank,
        capturedAt: row.capturedAt,
        url: row.url,
        portalLink: listing.portalLink,
      });
    }
  }
  return catalogue.map(({ key, code, name }) => {
    const found = best.get(key);
    return {
      key,
      code,
      name,
      state: found ? (STATES[found.rank] ?? 'no-link') : 'missing',
      url: found?.url ?? null,
      portalLink: found?.portalLink ?? null,
    };
  });
}
