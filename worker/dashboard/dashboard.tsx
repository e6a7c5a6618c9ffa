import { Hono } from 'hono';
import { findCluster } from '../db/find-cluster.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { requireAccount } from '../http/require-account.ts';
import { readOverview } from '../report/read-overview.ts';
import { ClusterPage } from './cluster-page.tsx';
import { pageContext } from './page-context.ts';
import { renderPage } from './render-page.tsx';
import { reportRoutes } from './report-routes.tsx';
import { unitRoutes } from './unit-routes.tsx';

/** The dashboard of the signed-in account's own cluster; no account sees another cluster. */
export const dashboard = new Hono<AppEnv>()
  .get('/', requireAccount, async (c) => {
    const cluster = await findCluster(c.env.DB, c.get('account').clusterId);
    if (!cluster) throw new ApiError(404, 'not_found', 'The cluster of this account no longer exists.');
    const overview = await readOverview(c.env.DB, cluster, c.req.query(), Date.now());
    return renderPage(c, <ClusterPage page={pageContext(c)} overview={overview} />);
  })
  .route('/', reportRoutes)
  .route('/', unitRoutes);
