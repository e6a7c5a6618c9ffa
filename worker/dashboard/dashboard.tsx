import { Hono } from 'hono';
import { findCluster } from '../db/find-cluster.ts';
import { listClusterUnits } from '../db/list-cluster-units.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { requireAccount } from '../http/require-account.ts';
import { ClusterPage } from './cluster-page.tsx';
import { pageContext } from './page-context.ts';
import { renderPage } from './render-page.tsx';

/** The overview of the signed-in account's own cluster; no account sees another cluster. */
export const dashboard = new Hono<AppEnv>().get('/', requireAccount, async (c) => {
  const cluster = await findCluster(c.env.DB, c.get('account').clusterId);
  if (!cluster) throw new ApiError(404, 'not_found', 'The cluster of this account no longer exists.');
  const today = new Date().toISOString().slice(0, 10);
  const units = await listClusterUnits(c.env.DB, cluster.id, today);
  return renderPage(c, <ClusterPage page={pageContext(c)} cluster={cluster} units={units} />);
});
