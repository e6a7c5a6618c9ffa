import type { CatalogueProcedure } from '../../shared/sync/protocol.ts';
import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { ClusterUnit } from '../db/find-cluster-unit.ts';
import type { TreeUnit } from '../db/list-cluster-tree.ts';
import type { UnitLink } from '../db/list-unit-links.ts';
import { CSRF_FIELD } from '../http/read-form.ts';

export interface UnitPageProps {
  page: PageContext;
  unit: ClusterUnit;
  links: UnitLink[];
  /** Where it may move: the cluster's wards and the cluster itself. */
  parents: TreeUnit[];
  assigned: CatalogueProcedure[];
  /** Catalogue procedures not yet assigned to it. */
  assignable: CatalogueProcedure[];
  day: string;
  saved: boolean;
}

/** One unit: rename, move (with the date it takes effect), its parent history, its procedures. */
export function UnitPage({ page, unit, links, parents, assigned, assignable, day, saved }: UnitPageProps) {
  const { t } = page;
  const base = `/admin/units/${encodeURIComponent(unit.id)}`;
  const token = <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />;
  return (
    <PageLayout page={page} title={unit.name}>
      <h1>{unit.name}</h1>
      <p>
        {t(`kind_${unit.kind}`)} ·{' '}
        <a href={`/admin/codes?unit=${encodeURIComponent(unit.id)}`}>{t('navCodes')}</a> ·{' '}
        <a href={`/admin/devices?unit=${encodeURIComponent(unit.id)}`}>{t('navDevices')}</a> ·{' '}
        <a href={`/admin/import?unit=${encodeURIComponent(unit.id)}`}>{t('navImport')}</a>
      </p>
      {saved && (
        <p class="notice" role="status">
          {t('unitSaved')}
        </p>
      )}
      <h2 id="rename">{t('rename')}</h2>
      <form method="post" action={`${base}/rename`} aria-labelledby="rename">
        {token}
        <label>
          {t('newName')}
          <input name="name" required maxLength={200} value={unit.name} />
        </label>
        <button type="submit">{t('save')}</button>
      </form>
      <h2 id="move">{t('move')}</h2>
      <form method="post" action={`${base}/move`} aria-labelledby="move">
        {token}
        <label>
          {t('moveTo')}
          <select name="parent">
            {parents
              .filter((parent) => parent.id !== unit.id)
              .map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {parent.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('validFrom')}
          <input name="date" type="date" required value={day} />
        </label>
        <button type="submit">{t('move')}</button>
      </form>
      <h2>{t('unitHistory')}</h2>
      <ul data-history>
        {links.map((link) => (
          <li key={link.validFrom}>
            {link.parentName ?? '—'}: {link.validFrom}{' '}
            {link.validTo ? t('untilDate', { date: link.validTo }) : t('untilNow')}
          </li>
        ))}
      </ul>
      <h2 id="assignments">{t('assignmentsTitle')}</h2>
      {assigned.length === 0 ? (
        <p>{t('assignmentsNone')}</p>
      ) : (
        <table aria-labelledby="assignments">
          <thead>
            <tr>
              <th scope="col">{t('procedureCode')}</th>
              <th scope="col">{t('procedure')}</th>
              <th scope="col">{t('procedureField')}</th>
              <th scope="col">
                <span class="note">{t('removeAssignment')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {assigned.map((procedure) => (
              <tr key={procedure.key} data-procedure={procedure.key}>
                <td>{procedure.code ?? t('noCode')}</td>
                <td>{procedure.name}</td>
                <td>{procedure.field}</td>
                <td>
                  <form class="inline" method="post" action={`${base}/assignments/remove`}>
                    {token}
                    <input type="hidden" name="procedure" value={procedure.key} />
                    <button
                      type="submit"
                      class="secondary"
                      aria-label={`${t('removeAssignment')}: ${procedure.name}`}
                    >
                      {t('removeAssignment')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {assignable.length > 0 && (
        <form method="post" action={`${base}/assignments`}>
          {token}
          <label>
            {t('addAssignment')}
            <select name="procedure">
              {assignable.map((procedure) => (
                <option key={procedure.key} value={procedure.key}>
                  {procedure.code ? `${procedure.code} — ` : ''}
                  {procedure.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('add')}</button>
        </form>
      )}
    </PageLayout>
  );
}
