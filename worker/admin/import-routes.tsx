import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
import { applyImportDraft } from '../db/apply-import-draft.ts';
import { today } from '../db/cluster-units-cte.ts';
import { findImportDraft } from '../db/find-import-draft.ts';
import { insertImportDraft } from '../db/insert-import-draft.ts';
import { listCatalogue } from '../db/list-catalogue.ts';
import { listClusterTree } from '../db/list-cluster-tree.ts';
import { listProcedureRecords } from '../db/list-procedure-records.ts';
import { writeAudit } from '../db/write-audit.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { adminForm, clusterUnitOr404, formProblem } from './admin-context.ts';
import { formOf, idField } from './form-fields.ts';
import { ImportPage } from './import-page.tsx';
import { ImportPreviewPage } from './import-preview-page.tsx';
import { planImport } from './plan-import.ts';
import { readImportFile } from './read-import-file.ts';

/** A catalogue file may be up to 2 MB (the error page says so); other forms here are small. */
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const MAX_FORM_BYTES = 64 * 1024;
/** A preview may be confirmed for an hour (docs: worker/migrations/0004_accounts.sql). */
const DRAFT_LIFETIME_MS = 3_600_000;

/** 413 from the Content-Length alone, or once a streamed body passes the limit: never read whole. */
const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `Request body exceeds ${maxSize} bytes.`);
    },
  });

/** The name the browser gave the file, as the preview and the audit log show it. */
const shownFileName = (name: string) =>
  name
    .split(/[/\\]/)
    .pop()!
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200) || '—';

/**
 * Catalogue import (issue #7): a CSV or the portal's XLSX export is read and planned row by row
 * for one unit; the preview shows the plan and keeps it as a draft; confirming applies the draft
 * in one batch with one audit entry. Nothing is written to the catalogue before confirmation.
 */
export const importRoutes = new Hono<AppEnv>()
  .use('/preview', limitBody(MAX_UPLOAD_BYTES))
  .use('/apply', limitBody(MAX_FORM_BYTES))
  .get('/', async (c) => {
    const tree = await listClusterTree(c.env.DB, c.get('account').clusterId, today());
    return renderPage(
      c,
      <ImportPage
        page={pageContext(c)}
        units={tree.filter((unit) => unit.kind !== 'cluster')}
        unitId={c.req.query('unit') ?? null}
      />,
    );
  })
  .post('/preview', async (c) => {
    const form = await adminForm(c, formOf({ unit: idField, file: v.file('importFileMissing') }));
    const unit = await clusterUnitOr404(c, form.unit);
    if (unit.kind === 'cluster') throw formProblem('importUnitKind');
    // A file input left empty still sends a part: no name, no bytes.
    if (form.file.size === 0) throw formProblem(form.file.name ? 'importFileEmpty' : 'importFileMissing');
    const rows = await readImportFile(new Uint8Array(await form.file.arrayBuffer()));
    const db = c.env.DB;
    const [catalogue, assigned] = await Promise.all([listProcedureRecords(db), listCatalogue(db, unit.id)]);
    const plan = await planImport(rows, catalogue, new Set(assigned.map((procedure) => procedure.key)));
    const fileName = shownFileName(form.file.name);
    let draftId: string | null = null;
    if (plan.counts.add + plan.counts.change + plan.counts.assign > 0) {
      draftId = crypto.randomUUID();
      const kept = await insertImportDraft(db, {
        id: draftId,
        accountId: c.get('account').id,
        unitId: unit.id,
        fileName,
        plan,
        createdAt: Date.now(),
      });
      // Within the upload limit but more text than a draft can hold (found by the fuzz, issue #7).
      if (!kept) throw formProblem('importDraftTooLarge');
    }
    return renderPage(
      c,
      <ImportPreviewPage
        page={pageContext(c)}
        unit={unit}
        fileName={fileName}
        plan={plan}
        draftId={draftId}
      />,
    );
  })
  .post('/apply', async (c) => {
    const form = await adminForm(
      c,
      formOf({ draft: v.pipe(v.string('formFieldInvalid'), v.uuid('formFieldInvalid')) }),
    );
    const account = c.get('account');
    const draft = await findImportDraft(c.env.DB, account.id, form.draft);
    if (!draft) throw new ApiError(404, 'not_found', 'No such import draft.');
    const unit = await clusterUnitOr404(c, draft.unitId);
    const unitPage = `/admin/units/${encodeURIComponent(unit.id)}`;
    // Confirmed twice (a double click, the back button): the first one did it all.
    if (draft.appliedAt !== null) return c.redirect(unitPage, 303);
    const now = Date.now();
    if (now - draft.createdAt > DRAFT_LIFETIME_MS) throw formProblem('importExpired');
    const db = c.env.DB;
    const results = await db.batch([
      ...applyImportDraft(db, draft.id, now),
      writeAudit(
        db,
        {
          accountId: account.id,
          action: 'catalogue.import',
          targetType: 'unit',
          targetId: unit.id,
          after: { file: draft.fileName, ...draft.counts },
          at: now,
        },
        { ifChanged: true },
      ),
    ]);
    const applied = results.at(-2)?.meta.changes === 1;
    return c.redirect(applied ? `${unitPage}?saved=1` : unitPage, 303);
  });
