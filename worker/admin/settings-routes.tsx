import { Hono } from 'hono';
import * as v from 'valibot';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
import { findClusterSetting } from '../db/find-cluster-setting.ts';
import { writeAudit } from '../db/write-audit.ts';
import { writeClusterSetting } from '../db/write-cluster-setting.ts';
import type { AppEnv } from '../http/app-env.ts';
import { adminForm } from './admin-context.ts';
import { formOf, wholeNumber } from './form-fields.ts';
import { SettingsPage } from './settings-page.tsx';

/** `calendar` (null: months end on their last day) or a cut-off day 1–28 (the table's CHECK). */
const cutoffDayField = v.pipe(
  v.string('formCutoffDay'),
  v.regex(/^(?:calendar|[1-9]|1\d|2[0-8])$/, 'formCutoffDay'),
  v.transform((text) => (text === 'calendar' ? null : Number(text))),
);

/** The cluster's report settings (issue #9): cut-off day and re-check interval, audited. */
export const settingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) =>
    renderPage(
      c,
      <SettingsPage
        page={pageContext(c)}
        setting={await findClusterSetting(c.env.DB, c.get('account').clusterId)}
        saved={c.req.query('saved') === '1'}
        now={Date.now()}
      />,
    ),
  )
  .post('/', async (c) => {
    const form = await adminForm(c, formOf({ cutoffDay: cutoffDayField, recheckMonths: wholeNumber(1, 24) }));
    const clusterId = c.get('account').clusterId;
    const db = c.env.DB;
    const before = await findClusterSetting(db, clusterId);
    const after = { cutoffDay: form.cutoffDay, recheckMonths: form.recheckMonths };
    await db.batch([
      writeClusterSetting(db, clusterId, after),
      writeAudit(db, {
        accountId: c.get('account').id,
        action: 'settings.update',
        targetType: 'cluster',
        targetId: clusterId,
        before,
        after,
        at: Date.now(),
      }),
    ]);
    return c.redirect('/admin/settings?saved=1', 303);
  });
