import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { TreeUnit } from '../db/list-cluster-tree.ts';
import { CSRF_FIELD } from '../http/read-form.ts';

/** The cluster's unit tree today, with a form to add a ward or a school. */
export function UnitsPage({ page, tree, day }: { page: PageContext; tree: TreeUnit[]; day: string }) {
  const { t } = page;
  const parents = tree.filter((unit) => unit.kind !== 'school');
  return (
    <PageLayout page={page} title={t('unitsTitle')}>
      <h1>{t('unitsTitle')}</h1>
      <p class="note">{t('unitsIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('colUnit')}</th>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('validFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {tree.map((unit) => (
            <tr key={unit.id} data-unit={unit.id}>
              <th scope="row">
                <span aria-hidden="true">{'— '.repeat(unit.depth)}</span>
                {unit.kind === 'cluster' ? (
                  unit.name
                ) : (
                  <a href={`/admin/units/${encodeURIComponent(unit.id)}`}>{unit.name}</a>
                )}
              </th>
              <td>{t(`kind_${unit.kind}`)}</td>
              <td>{unit.since}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="add-unit">{t('addUnit')}</h2>
      <form method="post" action="/admin/units" aria-labelledby="add-unit">
        <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />
        <label>
          {t('unitName')}
          <input name="name" required maxLength={200} />
        </label>
        <label>
          {t('unitKind')}
          <select name="kind">
            <option value="school">{t('kind_school')}</option>
            <option value="ward">{t('kind_ward')}</option>
          </select>
        </label>
        <label>
          {t('parentUnit')}
          <select name="parent">
            {parents.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('validFrom')}
          <input name="validFrom" type="date" required value={day} />
        </label>
        <button type="submit">{t('add')}</button>
      </form>
    </PageLayout>
  );
}
