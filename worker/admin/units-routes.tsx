import { Hono } from 'hono';
import * as v from 'valibot';
import { normalizeVi } from '../../shared/text/normalize-vi.ts';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
import { today } from '../db/cluster-units-cte.ts';
import { listCatalogue } from '../db/list-catalogue.ts';
import { listClusterTree } from '../db/list-cluster-tree.ts';
import { listProcedures } from '../db/list-procedures.ts';
import { listUnitLinks } from '../db/list-unit-links.ts';
import { refreshUnitSummary } from '../db/refresh-unit-summary.ts';
import { writeAudit } from '../db/write-audit.ts';
import type { AppEnv } from '../http/app-env.ts';
import { adminForm, clusterUnitOr404, formProblem } from './admin-context.ts';
import { formOf, idField, isoDate, requiredText } from './form-fields.ts';
import { UnitPage } from './unit-page.tsx';
import { UnitsPage } from './units-page.tsx';

/** A stored id for a new unit: its name without accents, and a random tail (names repeat). */
const newUnitId = (name: string): string =>
  `${normalizeVi(name, { loose: true }).replace(/ /g, '-').slice(0, 40)}-${crypto.randomUUID().slice(0, 6)}`;

/** Which parent kinds each kind may sit under. */
const PARENT_KINDS: Record<'ward' | 'school', readonly string[]> = {
  ward: ['cluster'],
  school: ['ward', 'cluster'],
};

/** The org tree and each unit's procedures (issue #7): add, rename, move with dates, assign. */
export const unitsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const day = today();
    return renderPage(
      c,
      <UnitsPage
        page={pageContext(c)}
        tree={await listClusterTree(c.env.DB, c.get('account').clusterId, day)}
        day={day}
      />,
    );
  })
  .post('/', async (c) => {
    const form = await adminForm(
      c,
      formOf({
        name: requiredText(200),
        kind: v.picklist(['ward', 'school'], 'formFieldInvalid'),
        parent: idField,
        validFrom: isoDate,
      }),
    );
    const parent = await clusterUnitOr404(c, form.parent);
    if (!PARENT_KINDS[form.kind].includes(parent.kind)) throw formProblem('formKindParent');
    const id = newUnitId(form.name);
    const now = Date.now();
    const db = c.env.DB;
    await db.batch([
      db
        .prepare('INSERT INTO org_unit (id, kind, name, parent_id, valid_from) VALUES (?1, ?2, ?3, ?4, ?5)')
        .bind(id, form.kind, form.name, parent.id, form.validFrom),
      db
        .prepare('INSERT INTO org_link (unit_id, parent_id, valid_from) VALUES (?1, ?2, ?3)')
        .bind(id, parent.id, form.validFrom),
      writeAudit(db, {
        accountId: c.get('account').id,
        action: 'unit.create',
        targetType: 'unit',
        targetId: id,
        after: { ...form, id },
        at: now,
      }),
    ]);
    return c.redirect(`/admin/units/${encodeURIComponent(id)}?saved=1`, 303);
  })
  .get('/:id', async (c) => {
    const unit = await clusterUnitOr404(c, c.req.param('id'));
    const day = today();
    const [links, tree, assigned, procedures] = await Promise.all([
      listUnitLinks(c.env.DB, unit.id),
      listClusterTree(c.env.DB, c.get('account').clusterId, day),
      listCatalogue(c.env.DB, unit.id),
      listProcedures(c.env.DB),
    ]);
    const taken = new Set(assigned.map((procedure) => procedure.key));
    return renderPage(
      c,
      <UnitPage
        page={pageContext(c)}
        unit={unit}
        links={links}
        parents={tree.filter((candidate) => candidate.kind !== 'school')}
        assigned={assigned}
        assignable={procedures.filter((procedure) => !taken.has(procedure.key))}
        day={day}
        saved={c.req.query('saved') === '1'}
      />,
    );
  })
  .post('/:id/rename', async (c) => {
    const unit = await clusterUnitOr404(c, c.req.param('id'));
    const form = await adminForm(c, formOf({ name: requiredText(200) }));
    const db = c.env.DB;
    await db.batch([
      db.prepare('UPDATE org_unit SET name = ?1 WHERE id = ?2').bind(form.name, unit.id),
      writeAudit(db, {
        accountId: c.get('account').id,
        action: 'unit.rename',
        targetType: 'unit',
        targetId: unit.id,
        before: { name: unit.name },
        after: { name: form.name },
        at: Date.now(),
      }),
    ]);
    return c.redirect(`/admin/units/${encodeURIComponent(unit.id)}?saved=1`, 303);
  })
  .post('/:id/move', async (c) => {
    const unit = await clusterUnitOr404(c, c.req.param('id'));
    const form = await adminForm(c, formOf({ parent: idField, date: isoDate }));
    if (unit.kind === 'cluster') throw formProblem('formKindParent');
    const parent = await clusterUnitOr404(c, form.parent);
    if (!PARENT_KINDS[unit.kind].includes(parent.kind)) throw formProblem('formKindParent');
    const tree = await listClusterTree(c.env.DB, c.get('account').clusterId, today());
    if (isWithin(tree, parent.id, unit.id)) throw formProblem('formMoveLoop');
    const [current] = await listUnitLinks(c.env.DB, unit.id);
    if (current && (current.validTo !== null || current.validFrom >= form.date))
      throw formProblem('formMoveDate');
    const db = c.env.DB;
    // The batch closes the very link read above and opens one only if no link is open then: a move
    // of the same unit made meanwhile (another tab, a double submit) makes the new link's start
    // NULL, the batch fails as a whole, and the person is asked to look again, never a 500.
    const moved = db.batch([
      db
        .prepare(
          'UPDATE org_link SET valid_to = ?1 WHERE unit_id = ?2 AND valid_to IS NULL AND valid_from IS ?3',
        )
        .bind(form.date, unit.id, current?.validFrom ?? null),
      db
        .prepare(
          `INSERT INTO org_link (unit_id, parent_id, valid_from)
           VALUES (?1, ?2, CASE WHEN NOT EXISTS (
             SELECT 1 FROM org_link WHERE unit_id = ?1 AND valid_to IS NULL) THEN ?3 END)`,
        )
        .bind(unit.id, parent.id, form.date),
      writeAudit(db, {
        accountId: c.get('account').id,
        action: 'unit.move',
        targetType: 'unit',
        targetId: unit.id,
        before: { parent: current?.parentId ?? null, since: current?.validFrom ?? null },
        after: { parent: parent.id, since: form.date },
        at: Date.now(),
      }),
    ]);
    await moved.catch((error: unknown) => {
      if (/constraint failed/i.test(String(error))) throw formProblem('formMoveDate');
      throw error;
    });
    return c.redirect(`/admin/units/${encodeURIComponent(unit.id)}?saved=1`, 303);
  })
  .post('/:id/assignments', async (c) => {
    const unit = await clusterUnitOr404(c, c.req.param('id'));
    const form = await adminForm(c, formOf({ procedure: idField }));
    const db = c.env.DB;
    const known = await db.prepare('SELECT key FROM procedure WHERE key = ?1').bind(form.procedure).first();
    if (!known) throw formProblem('formUnknownProcedure');
    await db.batch([
      db
        .prepare('INSERT OR IGNORE INTO assignment (unit_id, procedure_key) VALUES (?1, ?2)')
        .bind(unit.id, form.procedure),
      // The dashboard's totals of the day follow the new list (decision 0010).
      ...refreshUnitSummary(db, unit.id, [], null),
      writeAudit(db, {
        accountId: c.get('account').id,
        action: 'assignment.add',
        targetType: 'unit',
        targetId: unit.id,
        after: { procedure: form.procedure },
        at: Date.now(),
      }),
    ]);
    return c.redirect(`/admin/units/${encodeURIComponent(unit.id)}?saved=1#assignments`, 303);
  })
  .post('/:id/assignments/remove', async (c) => {
    const unit = await clusterUnitOr404(c, c.req.param('id'));
    const form = await adminForm(c, formOf({ procedure: idField }));
    const db = c.env.DB;
    await db.batch([
      db
        .prepare('DELETE FROM assignment WHERE unit_id = ?1 AND procedure_key = ?2')
        .bind(unit.id, form.procedure),
      ...refreshUnitSummary(db, unit.id, [], null),
      writeAudit(db, {
        accountId: c.get('account').id,
        action: 'assignment.remove',
        targetType: 'unit',
        targetId: unit.id,
        before: { procedure: form.procedure },
        at: Date.now(),
      }),
    ]);
    return c.redirect(`/admin/units/${encodeURIComponent(unit.id)}?saved=1#assignments`, 303);
  });

/** Whether `candidate` is `ancestor` itself or lies under it in today's tree. */
function isWithin(
  tree: { id: string; parentId: string | null }[],
  candidate: string,
  ancestor: string,
): boolean {
  const parentOf = new Map(tree.map((unit) => [unit.id, unit.parentId]));
  for (let at: string | null | undefined = candidate; at; at = parentOf.get(at))
    if (at === ancestor) return true;
  return false;
}
