import { type Context, Hono } from 'hono';
import { findItem, PROCEDURE_ITEMS, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { parsePeriod, periodKey } from '../../shared/report/period.ts';
import { PHOTO_HASH } from '../../shared/sync/answer-fields.ts';
import { UNIT_SUBJECT } from '../../shared/sync/protocol.ts';
import { vietnamDay } from '../../shared/text/vietnam-day.ts';
import { formProblem } from '../admin/admin-context.ts';
import { findClusterPhoto } from '../db/find-cluster-photo.ts';
import { findClusterProcedure } from '../db/find-cluster-procedure.ts';
import { findClusterSetting } from '../db/find-cluster-setting.ts';
import { type ClusterUnit, findClusterUnit } from '../db/find-cluster-unit.ts';
import { findReview } from '../db/find-review.ts';
import { listCatalogue } from '../db/list-catalogue.ts';
import { listItemFailures } from '../db/list-item-failures.ts';
import { listProcedureUnits } from '../db/list-procedure-units.ts';
import { readPeriodFigures } from '../db/read-period-figures.ts';
import { readUnitChecklist } from '../db/read-unit-checklist.ts';
import { writeAudit } from '../db/write-audit.ts';
import { writeReview } from '../db/write-review.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readForm } from '../http/read-form.ts';
import { requireAccount } from '../http/require-account.ts';
import { figuresQuery } from '../report/figures-query.ts';
import { periodQuery } from '../report/period-query.ts';
import { readSubjectDetail } from '../report/read-subject-detail.ts';
import { reportQuery } from '../report/report-params.ts';
import { selectUnits } from '../report/select-units.ts';
import { ItemPage } from './item-page.tsx';
import { pageContext } from './page-context.ts';
import { ProcedurePage } from './procedure-page.tsx';
import { renderPage } from './render-page.tsx';
import { ReviewFormSchema } from './review-form.ts';
import { UnitPage } from './unit-page.tsx';
import { UnitProcedurePage } from './unit-procedure-page.tsx';

const notFound = () => new ApiError(404, 'not_found', 'Nothing of this cluster by that name.');

/**
 * The first of `days` (distinct) on which `find` finds something, or 404. A unit or procedure is
 * the account's when its cluster held it on the period's last day (so a past report stays
 * readable after a move) or holds it today; anything else is answered as unknown (OWASP API1).
 */
async function foundOn<T>(days: string[], find: (day: string) => Promise<T | null>): Promise<T> {
  for (const day of new Set(days)) {
    const found = await find(day);
    if (found) return found;
  }
  throw notFound();
}

const scopedUnit = (c: Context<AppEnv>, unitId: string, linksDay: string, now: number) =>
  foundOn<ClusterUnit>([linksDay, vietnamDay(now)], async (day) => {
    const unit = await findClusterUnit(c.env.DB, c.get('account').clusterId, day, unitId);
    return unit && unit.kind !== 'cluster' ? unit : null;
  });

/**
 * A unit's page, one procedure of it, one procedure and one item across the cluster, the review
 * form, and the photos that prove the answers (issue #9). Every page needs a signed-in account
 * and shows only its own cluster; a unit, procedure or photo outside it is 404.
 */
export const unitRoutes = new Hono<AppEnv>()
  .get('/unit/:id', requireAccount, async (c) => {
    const db = c.env.DB;
    const now = Date.now();
    const { setting, period, query } = await periodQuery(db, c.get('account').clusterId, c.req.query(), now);
    const unit = await scopedUnit(c, c.req.param('id'), query.linksDay, now);
    const [figures, checklist, review] = await Promise.all([
      readPeriodFigures(db, { ...query, unit: unit.id }),
      readUnitChecklist(db, unit.id, query.end),
      findReview(db, unit.id, query.periodKey),
    ]);
    const unitItems = await readSubjectDetail(
      db,
      unit.id,
      UNIT_SUBJECT,
      UNIT_ITEMS,
      checklist.unitItems,
      review?.comments ?? [],
    );
    return renderPage(
      c,
      <UnitPage
        page={pageContext(c)}
        view={{
          unit,
          figures: figures.find((row) => row.id === unit.id) ?? null,
          period,
          query,
          setting,
          now,
          procedures: checklist.procedures,
          unitItems,
          review,
          saved: c.req.query('saved') === '1',
        }}
      />,
    );
  })
  .post('/unit/:id/review', requireAccount, async (c) => {
    const db = c.env.DB;
    const account = c.get('account');
    const now = Date.now();
    const form = await readForm(c, ReviewFormSchema, c.get('session').csrfToken);
    const period = parsePeriod(form.period)!;
    const setting = await findClusterSetting(db, account.clusterId);
    const query = figuresQuery(account.clusterId, setting, period, now, { field: null, ward: null });
    const unit = await scopedUnit(c, c.req.param('id'), query.linksDay, now);
    const assigned = new Set((await listCatalogue(db, unit.id)).map((procedure) => procedure.key));
    for (const comment of form.comments) {
      const scope = findItem(comment.itemId)?.scope;
      const fits =
        comment.subject === UNIT_SUBJECT
          ? scope === 'unit'
          : assigned.has(comment.subject) && scope === 'procedure';
      if (!fits) throw formProblem('reviewItemUnknown');
    }
    const key = periodKey(period);
    const before = await findReview(db, unit.id, key);
    const summary = (review: { state: string; comment: string | null; comments: readonly unknown[] }) => ({
      period: key,
      state: review.state,
      comment: review.comment,
      itemComments: review.comments.length,
    });
    await db.batch([
      ...writeReview(db, { ...form, unitId: unit.id, period: key, reviewerId: account.id, at: now }),
      writeAudit(db, {
        accountId: account.id,
        action: 'review.write',
        targetType: 'unit',
        targetId: unit.id,
        before: before ? summary(before) : undefined,
        after: summary(form),
        at: now,
      }),
    ]);
    return c.redirect(
      `/unit/${encodeURIComponent(unit.id)}${reportQuery({ period: key, saved: '1' })}#review`,
      303,
    );
  })
  .get('/unit/:id/procedure/:key', requireAccount, async (c) => {
    const db = c.env.DB;
    const now = Date.now();
    const { setting, period, query } = await periodQuery(db, c.get('account').clusterId, c.req.query(), now);
    const unit = await scopedUnit(c, c.req.param('id'), query.linksDay, now);
    const [checklist, review] = await Promise.all([
      readUnitChecklist(db, unit.id, query.end, c.req.param('key')),
      findReview(db, unit.id, query.periodKey),
    ]);
    const procedure = checklist.procedures[0];
    if (!procedure) throw notFound();
    const detail = await readSubjectDetail(
      db,
      unit.id,
      procedure.key,
      PROCEDURE_ITEMS,
      procedure,
      review?.comments ?? [],
    );
    return renderPage(
      c,
      <UnitProcedurePage
        page={pageContext(c)}
        view={{ unit, procedure, period, query, setting, now, detail, review }}
      />,
    );
  })
  .get('/procedure/:key', requireAccount, async (c) => {
    const db = c.env.DB;
    const clusterId = c.get('account').clusterId;
    const now = Date.now();
    const { setting, period, query } = await periodQuery(db, clusterId, c.req.query(), now);
    const procedure = await foundOn([query.linksDay, vietnamDay(now)], (day) =>
      findClusterProcedure(db, clusterId, day, c.req.param('key')),
    );
    const units = await listProcedureUnits(db, query, procedure.key);
    return renderPage(
      c,
      <ProcedurePage page={pageContext(c)} view={{ procedure, units, period, query, setting, now }} />,
    );
  })
  .get('/item/:id', requireAccount, async (c) => {
    const item = findItem(c.req.param('id'));
    if (!item) throw notFound();
    const db = c.env.DB;
    const now = Date.now();
    const { setting, period, query } = await periodQuery(db, c.get('account').clusterId, c.req.query(), now);
    const [figures, failures] = await Promise.all([
      readPeriodFigures(db, query),
      item.scope === 'procedure' ? listItemFailures(db, query, item.id) : Promise.resolve([]),
    ]);
    return renderPage(
      c,
      <ItemPage
        page={pageContext(c)}
        view={{
          item,
          units: selectUnits(figures, null, 'name', 'asc'),
          failures,
          period,
          query,
          setting,
          now,
        }}
      />,
    );
  })
  .get('/photos/:hash', requireAccount, async (c) => {
    const hash = c.req.param('hash');
    if (!PHOTO_HASH.test(hash)) throw notFound();
    const type = await findClusterPhoto(c.env.DB, c.get('account').clusterId, vietnamDay(Date.now()), hash);
    const object = type ? await c.env.PHOTOS.get(`photos/${hash}`) : null;
    if (!type || !object) throw notFound();
    // The bytes never change (named by their hash); only this browser may keep them.
    return c.body(object.body, 200, {
      'Content-Type': type,
      'Cache-Control': 'private, max-age=31536000, immutable',
    });
  });
