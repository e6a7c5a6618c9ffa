import { Hono } from 'hono';
import * as v from 'valibot';
import { readableSecret } from '../crypto/readable-secret.ts';
import { sha256Hex } from '../crypto/sha256-hex.ts';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
import { CLUSTER_UNITS_CTE, today } from '../db/cluster-units-cte.ts';
import { listClusterCodes } from '../db/list-cluster-codes.ts';
import { listClusterTree } from '../db/list-cluster-tree.ts';
import { writeAudit } from '../db/write-audit.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { normaliseEnrolCode } from '../routes/devices.ts';
import { adminForm, clusterUnitOr404 } from './admin-context.ts';
import { CodesPage } from './codes-page.tsx';
import { formOf, idField, wholeNumber } from './form-fields.ts';
import { SecretShownOnce } from './secret-shown-once.tsx';

const DAY_MS = 86_400_000;

/** Enrolment codes an admin issues (issue #7): per unit, an expiry, a number of devices; shown once. */
export const codesRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const clusterId = c.get('account').clusterId;
    const day = today();
    const unitId = c.req.query('unit') ?? null;
    const [codes, tree] = await Promise.all([
      listClusterCodes(c.env.DB, clusterId, day),
      listClusterTree(c.env.DB, clusterId, day),
    ]);
    return renderPage(
      c,
      <CodesPage
        page={pageContext(c)}
        codes={unitId ? codes.filter((code) => code.unitId === unitId) : codes}
        units={tree.filter((unit) => unit.kind !== 'cluster')}
        unitId={unitId}
        now={Date.now()}
      />,
    );
  })
  .post('/', async (c) => {
    const form = await adminForm(
      c,
      formOf({ unit: idField, days: wholeNumber(1, 365), devices: wholeNumber(1, 50) }),
    );
    const unit = await clusterUnitOr404(c, form.unit);
    const code = readableSecret(3);
    const now = Date.now();
    const db = c.env.DB;
    const hash = await sha256Hex(normaliseEnrolCode(code));
    await db.batch([
      db
        .prepare(
          `INSERT INTO enrol_code (code_hash, unit_id, role, expires_at, max_devices, created_by, created_at)
           VALUES (?1, ?2, 'editor', ?3, ?4, ?5, ?6)`,
        )
        .bind(hash, unit.id, now + form.days * DAY_MS, form.devices, c.get('account').id, now),
      writeAudit(db, {
        accountId: c.get('account').id,
        action: 'code.issue',
        targetType: 'unit',
        targetId: unit.id,
        after: { code: hash.slice(0, 16), days: form.days, devices: form.devices },
        at: now,
      }),
    ]);
    const page = pageContext(c);
    return renderPage(
      c,
      <SecretShownOnce
        page={page}
        title={page.t('codesTitle')}
        message={page.t('codeIssued', { unit: unit.name })}
        secret={code}
        back={{ href: `/admin/codes?unit=${encodeURIComponent(unit.id)}`, label: page.t('codesTitle') }}
      />,
      201,
    );
  })
  .post('/revoke', async (c) => {
    const form = await adminForm(
      c,
      formOf({ code: v.pipe(v.string('formFieldInvalid'), v.regex(/^[0-9a-f]{16}$/, 'formFieldInvalid')) }),
    );
    const now = Date.now();
    const db = c.env.DB;
    const [revoked] = await db.batch([
      db
        .prepare(
          `${CLUSTER_UNITS_CTE}
           UPDATE enrol_code SET revoked_at = ?4
           WHERE substr(code_hash, 1, 16) = ?3 AND revoked_at IS NULL AND unit_id IN (SELECT id FROM tree)`,
        )
        .bind(c.get('account').clusterId, today(), form.code, now),
      writeAudit(
        db,
        {
          accountId: c.get('account').id,
          action: 'code.revoke',
          targetType: 'code',
          targetId: form.code,
          at: now,
        },
        { ifChanged: true },
      ),
    ]);
    if (revoked?.meta.changes !== 1) throw new ApiError(404, 'not_found', 'No such code in this cluster.');
    return c.redirect('/admin/codes', 303);
  });
