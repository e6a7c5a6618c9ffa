import { CHECKLIST_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { ReportItemRow } from '../report/report-rows.ts';
import type { PageContext } from './page-context.ts';

const NAMES = new Map(CHECKLIST_ITEMS.map((item) => [item.id, item]));

/** The cluster's figures per checklist item (summed over the units listed), with each item's name. */
export function ReportItemsTable({ page, items }: { page: PageContext; items: ReportItemRow[] }) {
  const { t, language } = page;
  const percent = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return (
    <table class="report-items">
      <caption>{t('reportItemsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colItem')}</th>
          <th scope="col">{t('colItemName')}</th>
          <th scope="col" class="num">
            {t('colItemMet')}
          </th>
          <th scope="col" class="num">
            {t('colItemFailing')}
          </th>
          <th scope="col" class="num">
            {t('colItemOf')}
          </th>
          <th scope="col" class="num">
            {t('colItemShare')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.itemId} data-item={item.itemId}>
            <th scope="row">{item.itemId}</th>
            <td>{NAMES.get(item.itemId)?.[language]}</td>
            <td class="num" data-col="met">
              {item.met}
            </td>
            <td class="num" data-col="failing">
              {item.failing}
            </td>
            <td class="num" data-col="of">
              {item.of}
            </td>
            <td class="num" data-col="percent">
              {item.percent === null ? '–' : `${percent.format(item.percent)} %`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
