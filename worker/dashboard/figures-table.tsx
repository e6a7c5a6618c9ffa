import { UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { UnitFigures } from '../db/read-period-figures.ts';
import type { PageMessageId } from '../i18n/page-messages.ts';
import { clusterTotals } from '../report/cluster-totals.ts';
import type { Overview } from '../report/read-overview.ts';
import { reportQuery, type SortColumn } from '../report/report-params.ts';
import { formatCompletion } from './format-completion.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';

const COLUMNS: [SortColumn, PageMessageId, boolean][] = [
  ['procedures', 'colProcedures', true],
  ['complete', 'colComplete', true],
  ['office', 'colOffice', true],
  ['website', 'colWebsite', true],
  ['content', 'colContent', true],
  ['stale', 'colStale', true],
  ['unitItems', 'colUnitItems', true],
  ['lastCheck', 'colLastCheck', false],
  ['review', 'colReview', false],
];

/**
 * One row per unit with its figures for the period; every column header is a link that sorts by
 * it (again: the other way), and says how the table is sorted (`aria-sort`). `data-unit` /
 * `data-col` are stable hooks for tests.
 */
export function FiguresTable({ page, overview }: { page: PageContext; overview: Overview }) {
  const { t, language } = page;
  const { units, params } = overview;
  const totals = clusterTotals(units);
  const header = (column: SortColumn, label: PageMessageId, numeric: boolean) => {
    const sorted = params.sort === column;
    const dir = sorted && params.dir === 'asc' ? 'desc' : 'asc';
    const href = `/${reportQuery({
      period: `${overview.query.periodKey}`,
      field: params.field,
      ward: params.ward,
      status: params.status,
      sort: column,
      dir,
    })}`;
    return (
      <th
        key={column}
        scope="col"
        class={numeric ? 'num' : undefined}
        aria-sort={sorted ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <a href={href} aria-label={t('sortBy', { column: t(label) })}>
          {t(label)}
          {sorted && <span aria-hidden="true">{params.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
        </a>
      </th>
    );
  };
  const cell = (unit: UnitFigures, column: SortColumn) => {
    switch (column) {
      case 'procedures':
        return unit.procedures;
      case 'complete':
      case 'office':
      case 'website':
      case 'content':
        return formatCompletion(unit[column], unit.procedures, language);
      case 'stale':
        return unit.stale;
      case 'unitItems':
        return `${unit.unitItemsMet}/${UNIT_ITEMS.length}`;
      case 'lastCheck':
        return unit.lastCheckAt === null ? (
          t('neverChecked')
        ) : (
          <time dateTime={new Date(unit.lastCheckAt).toISOString()}>
            {formatTime(unit.lastCheckAt, language)}
          </time>
        );
      default:
        return unit.review ? t(`review_${unit.review.state}`) : t('reviewNone');
    }
  };
  return (
    <table class="figures">
      <caption>{t('unitsCaption')}</caption>
      <thead>
        <tr>
          {header('name', 'colUnit', false)}
          {header('ward', 'colWard', false)}
          {COLUMNS.map(([column, label, numeric]) => header(column, label, numeric))}
          <th scope="col">{t('colLastSync')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.id} data-unit={unit.id}>
            <th scope="row">
              <a
                href={`/unit/${encodeURIComponent(unit.id)}${reportQuery({ period: overview.query.periodKey })}`}
              >
                {unit.name}
              </a>
            </th>
            <td>{unit.kind === 'ward' ? t('kind_ward') : (unit.wardName ?? '–')}</td>
            {COLUMNS.map(([column, , numeric]) => (
              <td key={column} class={numeric ? 'num' : undefined} data-col={column}>
                {cell(unit, column)}
              </td>
            ))}
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
          <td>{t('unitCount', { count: totals.units })}</td>
          <td class="num">{totals.procedures}</td>
          <td class="num">{formatCompletion(totals.complete, totals.procedures, language)}</td>
          <td class="num">{formatCompletion(totals.office, totals.procedures, language)}</td>
          <td class="num">{formatCompletion(totals.website, totals.procedures, language)}</td>
          <td class="num">{formatCompletion(totals.content, totals.procedures, language)}</td>
          <td class="num">{totals.stale}</td>
          <td class="num">{totals.unitItemsMet}</td>
          <td />
          <td />
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
