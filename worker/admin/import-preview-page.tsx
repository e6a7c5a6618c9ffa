import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { ClusterUnit } from '../db/find-cluster-unit.ts';
import { CSRF_FIELD } from '../http/read-form.ts';
import { IMPORT_KINDS, type ImportPlan, type PlannedRow } from './import-plan.ts';

/** The preview of an import: every row of the file with what will happen and why, then confirm. */
export function ImportPreviewPage({
  page,
  unit,
  fileName,
  plan,
  draftId,
}: {
  page: PageContext;
  unit: ClusterUnit;
  fileName: string;
  plan: ImportPlan;
  /** Null when no row has anything to do (no draft is kept). */
  draftId: string | null;
}) {
  const { t } = page;
  const why = (row: PlannedRow) =>
    t(row.why, {
      row: row.about?.row ?? '',
      code: row.about?.code ?? '',
      fields: (row.changes ?? []).map((field) => t(`importField_${field}`)).join(', '),
    });
  return (
    <PageLayout page={page} title={t('importPreviewTitle')}>
      <h1>{t('importPreviewTitle')}</h1>
      <p>{t('importPreviewIntro', { file: fileName, unit: unit.name })}</p>
      <h2 id="counts">{t('importCounts')}</h2>
      <ul aria-labelledby="counts">
        {IMPORT_KINDS.map((kind) => (
          <li key={kind} data-count={kind}>
            {t(`importKind_${kind}`)}: {plan.counts[kind]}
          </li>
        ))}
      </ul>
      <p class="note">
        {t('importKeepNote')} {draftId && t('importExpiresNote')}
      </p>
      {draftId ? (
        <form method="post" action="/admin/import/apply">
          <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />
          <input type="hidden" name="draft" value={draftId} />
          <button type="submit">{t('importConfirm')}</button>
          <a href={`/admin/import?unit=${encodeURIComponent(unit.id)}`}>{t('importCancel')}</a>
        </form>
      ) : (
        <p class="notice" role="status">
          {t('importNothing')}{' '}
          <a href={`/admin/import?unit=${encodeURIComponent(unit.id)}`}>{t('importCancel')}</a>
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('importColRow')}
            </th>
            <th scope="col">{t('procedureCode')}</th>
            <th scope="col">{t('procedure')}</th>
            <th scope="col">{t('procedureField')}</th>
            <th scope="col">{t('importColAction')}</th>
            <th scope="col">{t('importColWhy')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((row) => (
            <tr key={row.row} data-row={row.row} data-kind={row.kind}>
              <td class="num">{row.row}</td>
              <td>{row.code || t('noCode')}</td>
              <td>{row.name}</td>
              <td>{row.field}</td>
              <td>{t(`importKind_${row.kind}`)}</td>
              <td data-why>{why(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageLayout>
  );
}
