import type { RuleContext } from '../../shared/checklist/rule.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import { listingRank } from './listing-rank.ts';

/** Where the unit's website lists a procedure: what P05 and P22 read, plus the page it is on. */
export type SiteListingRef = NonNullable<RuleContext['site']> & { url: string; capturedAt: number };

/**
 * The best place the unit's website lists procedure `code`, over every page scanned so far (by
 * {@link listingRank}; among equals the latest scan wins). One page without the link (a news item naming the procedure)
 * must not hide the catalogue page that has it. Null when no scanned page lists it.
 */
export async function findSiteListing(db: CongKhaiDatabase, code: string): Promise<SiteListingRef | null> {
  let best: (SiteListingRef & { rank: number }) | null = null;
  for (const row of await db.siteScans.where('codes').equals(code).toArray()) {
    for (const listing of row.listings) {
      if (listing.code !== code) continue;
      const rank = listingRank(listing);
      if (best && (rank < best.rank || (rank === best.rank && row.capturedAt <= best.capturedAt))) continue;
      best = {
        at: listing.at,
        text: listing.text,
        portalLink: listing.portalLink,
        linksToProcedure: listing.linksToProcedure,
        url: row.url,
        capturedAt: row.capturedAt,
        rank,
      };
    }
  }
  if (!best) return null;
  const { rank: _rank, ...ref } = best;
  return ref;
}
