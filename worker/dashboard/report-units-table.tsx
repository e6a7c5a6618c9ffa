import { UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { PageMessageId } from '../i18n/page-messages.ts';
import type { ReportRow, ReportRows } from '../report/report-rows.ts';
import { formatCompletion } from './format-completion.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';

const SHARES: [keyof Pick<ReportRow, 'complete' | 'office' | 'website' | 'content'>, PageMessageId][] = [
  ['complete', 'colComplete'],
  ['office', 'colOffice'],
  ['website', 'colWebsite'],
  ['content', 'colContent'],
];

/**
 * The printable report's unit table: the overview's columns and figures (formatted by the same
 * `formatCompletion`), read from the report rows the exports write too, then the total line.
 * `data-unit` / `data-col` / `data-total` are the hooks the figures-agree test reads.
 */
export function ReportUnitsTable({ page, rows }: { page: PageContext; rows: ReportRows }) {
  const { t, language } = page;
  const figures = (row: ReportRow) => [
    <td key="procedures" class="num" data-col="procedures">
      {row.procedures}
    </td>,
    ...SHARES.map(([key]) => (
      <td key={key} class="num" data-col={key}>
        {formatCompletion(row[key].count, row.procedures, language)}
      </td>
    )),
    <td key="stale" class="num" data-col="stale">
      {row.stale}
    </td>,
  ];
  return (
    <table class="figures report">
      <caption>{t('reportUnitsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colUnit')}</th>
          <th scope="col">{t('colWard')}</th>
          <th scope="col" class="num">
            {t('colProcedures')}
          </th>
          {SHARES.map(([key, label]) => (
            <th key={key} scope="col" class="num">
              {t(label)}
            </th>
          ))}
          <th scope="col" class="num">
            {t('colStale')}
          </th>
          <th scope="col" class="num">
            {t('colUnitItems')}
          </th>
          <th scope="col">{t('colLastCheck')}</th>
          <th scope="col">{t('colReview')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.units.map((row) => (
          <tr key={row.unitId} data-unit={row.unitId}>
            <th scope="row">{row.name}</th>
            <td>{row.kind === 'ward' ? t('kind_ward') : (row.wardName ?? '–')}</td>
            {figures(row)}
            <td class="num" data-col="unitItems">
              {`${row.unitItemsMet}/${UNIT_ITEMS.length}`}
            </td>
            <td data-col="lastCheck">
              {row.lastCheckAt === null ? t('neverChecked') : formatTime(row.lastCheckAt, language)}
            </td>
            <td data-col="review">{row.review ? t(`review_${row.review}`) : t('reviewNone')}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-total="">
          <th scope="row">{t('total')}</th>
          <td>{t('unitCount', { count: rows.unitCount })}</td>
          {figures(rows.total)}
          <td class="num" data-col="unitItems">
            {rows.total.unitItemsMet}
          </td>
          <td />
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
