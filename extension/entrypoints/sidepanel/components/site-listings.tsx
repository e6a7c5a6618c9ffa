import type { CatalogueRow, SiteScanRow } from '../../../db/database.ts';
import type { MessageId } from '../../../i18n/messages.ts';
import { type CatalogueOnSite, catalogueOnSite } from '../../../site/catalogue-on-site.ts';
import { useTranslate } from '../../../ui/use-translate.ts';

const STATE_LABELS: Record<CatalogueOnSite['state'], MessageId> = {
  linked: 'siteListingLinked',
  portal: 'siteListingPortal',
  'no-link': 'siteListingNoLink',
  missing: 'siteListingMissing',
};

/**
 * "Thủ tục trên trang web đơn vị": every catalogue procedure, the page of the unit's website that
 * lists it and whether a portal link is beside it (P05). `data-site-state` is linked | portal |
 * no-link | missing.
 */
export function SiteListings({
  catalogue,
  siteScans,
}: {
  catalogue: readonly CatalogueRow[];
  siteScans: readonly SiteScanRow[];
}) {
  const { t } = useTranslate();
  const entries = catalogueOnSite(catalogue, siteScans);
  const found = entries.filter((entry) => entry.state !== 'missing').length;
  return (
    <section aria-labelledby="site-listings-heading" data-site-listings>
      <h2 id="site-listings-heading">{t('siteListingsTitle')}</h2>
      {catalogue.length === 0 ? (
        <p class="hint">{t('siteNoCatalogue')}</p>
      ) : siteScans.length === 0 ? (
        <p class="hint">{t('siteNoScans')}</p>
      ) : (
        <>
          <p class="hint">
            {found}/{entries.length} {t('siteListingsFound')}
          </p>
          <ul class="site-listings">
            {entries.map((entry) => (
              <li key={entry.key} data-site-listing={entry.code ?? entry.key} data-site-state={entry.state}>
                <strong>{entry.code ?? '—'}</strong> {entry.name}
                <br />
                <span class={`site-state site-state-${entry.state}`}>{t(STATE_LABELS[entry.state])}</span>
                {entry.url ? (
                  <>
                    {' · '}
                    <a href={entry.url} target="_blank" rel="noreferrer">
                      {pageLabel(entry.url)}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** `https://thcs-abc.hcm.edu.vn/thu-tuc-hanh-chinh` → `thcs-abc.hcm.edu.vn/thu-tuc-hanh-chinh`. */
const pageLabel = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
