import type { SiteScanRow } from '../../../extension/db/database.ts';
import type { ItemStatus } from '../../../shared/checklist/item-status.ts';
import type { SiteListing } from '../../../shared/site/find-catalogue-procedures.ts';

/** A stored unit-site reading for the pure functions' tests. */
export function siteRow(
  url: string,
  capturedAt: number,
  unitItems: Record<string, ItemStatus> = {},
  listings: Partial<SiteListing>[] = [],
): SiteScanRow {
  const full = listings.map((listing) => ({
    key: listing.code ?? 'x',
    code: null,
    name: '',
    matchedBy: 'code' as const,
    at: 'tr',
    text: '',
    portalLink: null,
    linksToProcedure: false,
    ...listing,
  }));
  return {
    url,
    capturedAt,
    listings: full,
    codes: full.flatMap((l) => (l.code ? [l.code] : [])),
    unitItems: Object.fromEntries(
      Object.entries(unitItems).map(([id, status]) => [
        id,
        { status, reason: { vi: `${id} ${status}`, en: `${id} ${status}` }, evidence: null },
      ]),
    ),
  };
}
