import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { TreeUnit } from '../db/list-cluster-tree.ts';
import { CSRF_FIELD } from '../http/read-form.ts';

/** The upload form of a catalogue import: the unit that receives it and the file. */
export function ImportPage({
  page,
  units,
  unitId,
}: {
  page: PageContext;
  /** The cluster's wards and schools. */
  units: TreeUnit[];
  unitId: string | null;
}) {
  const { t } = page;
  return (
    <PageLayout page={page} title={t('importTitle')}>
      <h1>{t('importTitle')}</h1>
      <p class="note">{t('importIntro')}</p>
      {units.length === 0 ? (
        <p>{t('importNoUnits')}</p>
      ) : (
        <form method="post" action="/admin/import/preview" enctype="multipart/form-data" class="stack">
          <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />
          <label>
            {t('importUnit')}
            <select name="unit">
              {units.map((unit) => (
                <option key={unit.id} value={unit.id} selected={unit.id === unitId}>
                  {unit.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('importFile')}
            <input
              type="file"
              name="file"
              required
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
          </label>
          <button type="submit">{t('importPreview')}</button>
        </form>
      )}
    </PageLayout>
  );
}
