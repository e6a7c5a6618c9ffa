import type { Cluster } from '../db/find-cluster.ts';
import type { UnitOverview } from '../db/list-cluster-units.ts';
import type { PageContext } from './page-context.ts';
import { PageLayout } from './page-layout.tsx';
import { UnitsTable } from './units-table.tsx';

/** The cluster overview: one row per ward and school of the signed-in account's cluster. */
export function ClusterPage({
  page,
  cluster,
  units,
}: {
  page: PageContext;
  cluster: Cluster;
  units: UnitOverview[];
}) {
  const { t } = page;
  return (
    <PageLayout page={page} title={cluster.name}>
      <h1>{t('overviewTitle', { cluster: cluster.name })}</h1>
      <p class="note">{t('overviewNote')}</p>
      {units.length === 0 ? <p>{t('noUnits')}</p> : <UnitsTable page={page} units={units} />}
    </PageLayout>
  );
}
