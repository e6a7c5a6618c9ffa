import type { UnitOverview } from '../db/list-cluster-units.ts';
import { formatCompletion } from './format-completion.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';

/** One row per unit; `data-unit` / `data-col` are stable hooks for end-to-end tests. */
export function UnitsTable({ page, units }: { page: PageContext; units: UnitOverview[] }) {
  const { t, language } = page;
  const procedures = units.reduce((sum, unit) => sum + unit.procedures, 0);
  const complete = units.reduce((sum, unit) => sum + unit.complete, 0);
  return (
    <table>
      <caption>{t('unitsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colUnit')}</th>
          <th scope="col">{t('colKind')}</th>
          <th scope="col" class="num">
            {t('colProcedures')}
          </th>
          <th scope="col" class="num">
            {t('colComplete')}
          </th>
          <th scope="col">{t('colLastSync')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.id} data-unit={unit.id}>
            <th scope="row">{unit.name}</th>
            <td>{t(`kind_${unit.kind}`)}</td>
            <td class="num" data-col="procedures">
              {unit.procedures}
            </td>
            <td class="num" data-col="complete">
              {formatCompletion(unit.complete, unit.procedures)}
            </td>
            <td data-col="last-sync">
              {unit.lastSyncAt === null ? (
                t('neverSynced')
              ) : (
                <time dateTime={new Date(unit.lastSyncAt).toISOString()}>
                  {formatTime(unit.lastSyncAt, language)}
                </time>
              )}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('total')}</th>
          <td>{t('unitCount', { count: units.length })}</td>
          <td class="num">{procedures}</td>
          <td class="num">{formatCompletion(complete, procedures)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
