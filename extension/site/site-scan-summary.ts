import type { SiteFindings } from '../../shared/site/scan-site.ts';
import { fill, type Language, MESSAGES } from '../i18n/messages.ts';

/** What the background tells the unit-site content script about its page, for the badge. */
export interface SiteScanSummary {
  /** Catalogue procedures the page lists. */
  listings: number;
  /** How many of them link to their own page on the portal (P05's and U02's condition). */
  linked: number;
  /** Unit items the page gives evidence for (`dat`), in checklist order. */
  unitItems: string[];
}

export const siteScanSummary = (findings: SiteFindings): SiteScanSummary => ({
  listings: findings.listings.length,
  linked: findings.listings.filter((listing) => listing.linksToProcedure).length,
  unitItems: Object.entries(findings.unitItems)
    .filter(([, result]) => result.status === 'dat')
    .map(([id]) => id),
});

/**
 * The badge line in the person's language: `CongKhai: 3 thủ tục · 2 có liên kết Cổng DVC`. Null
 * when the page lists none of the unit's procedures: the badge stays away from the many pages of a
 * site that are not about procedures (their unit evidence still shows in the side panel).
 */
export function siteBadgeText(summary: SiteScanSummary, language: Language = 'vi'): string | null {
  if (summary.listings === 0) return null;
  return fill(MESSAGES[language].siteBadge, { listings: summary.listings, linked: summary.linked });
}

/** The background's answer to a `site-scan` message. */
export type SiteScanAnswer = { ok: true; summary: SiteScanSummary } | { ok: false };
