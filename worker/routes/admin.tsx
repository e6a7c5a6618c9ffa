import { Hono } from 'hono';
import { accountsRoutes } from '../admin/accounts-routes.tsx';
import { AuditPage } from '../admin/audit-page.tsx';
import { codesRoutes } from '../admin/codes-routes.tsx';
import { devicesRoutes } from '../admin/devices-routes.tsx';
import { importRoutes } from '../admin/import-routes.tsx';
import { settingsRoutes } from '../admin/settings-routes.tsx';
import { unitsRoutes } from '../admin/units-routes.tsx';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
import { listAudit } from '../db/list-audit.ts';
import type { AppEnv } from '../http/app-env.ts';
import { requireAccount, requireAdmin } from '../http/require-account.ts';

/**
 * The admin pages (issue #7): server-rendered, forms without client JavaScript, for the signed-in
 * cluster administrator only, each scoped to that cluster; every change writes an audit entry.
 */
export const admin = new Hono<AppEnv>()
  .use(requireAccount, requireAdmin)
  .get('/', (c) => c.redirect('/admin/units', 303))
  .route('/units', unitsRoutes)
  .route('/codes', codesRoutes)
  .route('/devices', devicesRoutes)
  .route('/accounts', accountsRoutes)
  .route('/import', importRoutes)
  .route('/settings', settingsRoutes)
  .get('/audit', async (c) =>
    renderPage(
      c,
      <AuditPage page={pageContext(c)} entries={await listAudit(c.env.DB, c.get('account').clusterId)} />,
    ),
  );
