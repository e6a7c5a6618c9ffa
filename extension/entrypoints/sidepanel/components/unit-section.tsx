import { UNIT_ITEMS } from '../../../../shared/checklist/checklist-items.ts';
import type { RuleResult } from '../../../../shared/checklist/rule.ts';
import { UNIT_SUBJECT } from '../../../../shared/sync/protocol.ts';
import { db } from '../../../db/default-database.ts';
import { bestUnitResults } from '../../../site/best-unit-results.ts';
import { unitSiteReason } from '../../../site/unit-site-reason.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { ChecklistSection } from './checklist-section.tsx';
import { SiteListings } from './site-listings.tsx';

/**
 * The unit's own items (U01–U15): the best automatic result over the scanned pages of the unit's
 * website beside the person's answer, then where the website lists the catalogue's procedures.
 */
export function UnitSection() {
  const { t } = useTranslate();
  const site = useLiveQuery(async () => {
    const [siteScans, catalogue] = await Promise.all([db.siteScans.toArray(), db.catalogue.toArray()]);
    return { siteScans, catalogue };
  }, []);

  // The rows show one result per item; the page it came from goes into its reason.
  const results: Record<string, RuleResult> = {};
  for (const [id, best] of Object.entries(bestUnitResults(site?.siteScans ?? []))) {
    results[id] = { ...best.result, reason: unitSiteReason(best) };
  }

  return (
    <section aria-labelledby="unit-heading">
      <h1 id="unit-heading">{t('unitSection')}</h1>
      <ChecklistSection subject={UNIT_SUBJECT} items={UNIT_ITEMS} results={results} />
      {site ? <SiteListings catalogue={site.catalogue} siteScans={site.siteScans} /> : null}
    </section>
  );
}
