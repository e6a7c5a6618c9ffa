import { Hono } from 'hono';
import * as v from 'valibot';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
import { CLUSTER_UNITS_CTE, today } from '../db/cluster-units-cte.ts';
import { listClusterDevices } from '../db/list-cluster-devices.ts';
import { writeAudit } from '../db/write-audit.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { adminForm } from './admin-context.ts';
import { DevicesPage } from './devices-page.tsx';
import { formOf } from './form-fields.ts';

/** The cluster's devices; revoking one refuses its token from its next request (issue #7). */
export const devicesRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const unitId = c.req.query('unit');
    const devices = await listClusterDevices(c.env.DB, c.get('account').clusterId, today());
    return renderPage(
      c,
      <DevicesPage
        page={pageContext(c)}
        devices={unitId ? devices.filter((d) => d.unitId === unitId) : devices}
      />,
    );
  })
  .post('/revoke', async (c) => {
    const form = await adminForm(
      c,
      formOf({ device: v.pipe(v.string('formFieldInvalid'), v.uuid('formFieldInvalid')) }),
    );
    const now = Date.now();
    const db = c.env.DB;
    const [revoked] = await db.batch([
      db
        .prepare(
          `${CLUSTER_UNITS_CTE}
           UPDATE device SET revoked_at = ?4 WHERE id = ?3 AND revoked_at IS NULL AND unit_id IN (SELECT id FROM tree)`,
        )
        .bind(c.get('account').clusterId, today(), form.device, now),
      writeAudit(
        db,
        {
          accountId: c.get('account').id,
          action: 'device.revoke',
          targetType: 'device',
          targetId: form.device,
          at: now,
        },
        { ifChanged: true },
      ),
    ]);
    if (revoked?.meta.changes !== 1) throw new ApiError(404, 'not_found', 'No such device in this cluster.');
    return c.redirect('/admin/devices', 303);
  });
