import { Hono } from 'hono';
import { renderToString } from 'preact-render-to-string';
import { listClusterUnits } from '../db/list-cluster-units.ts';
import { listClusters } from '../db/list-clusters.ts';
import type { AppEnv } from '../http/app-env.ts';
import { ClusterPage } from './cluster-page.tsx';
import { PageLayout } from './page-layout.tsx';

// TODO(2026-12): dashboard accounts and sessions (docs/architecture.md §5); the page is public for now.
export const dashboard = new Hono<AppEnv>().get('/', async (c) => {
  const clusters = await listClusters(c.env.DB);
  const wanted = c.req.query('cluster');
  const cluster = wanted ? clusters.find((candidate) => candidate.id === wanted) : clusters[0];
  if (!cluster) {
    const page = (
      <PageLayout title="Không tìm thấy">
        <h1>Không tìm thấy khu vực</h1>
        <p>
          <a href="/">Về trang tổng quan</a>
        </p>
      </PageLayout>
    );
    return c.html(`<!doctype html>${renderToString(page)}`, 404);
  }
  const today = new Date().toISOString().slice(0, 10);
  const units = await listClusterUnits(c.env.DB, cluster.id, today);
  return c.html(
    `<!doctype html>${renderToString(<ClusterPage cluster={cluster} clusters={clusters} units={units} />)}`,
  );
});
