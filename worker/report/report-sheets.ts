import { CHECKLIST_ITEMS, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { PageLanguage, PageMessageId, Translate } from '../i18n/page-messages.ts';
import type { ReportRow, ReportRows, Share } from './report-rows.ts';

/** A cell of an export: text, a number, a moment (ms, shown in Viet Nam time), or empty. */
export type Cell = string | number | { at: number } | null;

export interface SheetColumn {
  header: string;
  kind: 'text' | 'count' | 'percent' | 'time';
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

const SHARES: [keyof Pick<ReportRow, 'complete' | 'office' | 'website' | 'content'>, PageMessageId][] = [
  ['complete', 'colComplete'],
  ['office', 'colOffice'],
  ['website', 'colWebsite'],
  ['content', 'colContent'],
];

const ITEM_NAMES = new Map(CHECKLIST_ITEMS.map((item) => [item.id, item]));

/**
 * The report's rows as spreadsheet tables, headers in the page's language: one row per unit and
 * the total row; every figure its own numeric cell (a count and its percentage side by side), so
 * a spreadsheet can sum and chart them. The CSV and the XLSX both write these.
 */
export function reportSheets(
  rows: ReportRows,
  t: Translate,
  language: PageLanguage,
): { units: Sheet; items: Sheet } {
  const shareColumns = SHARES.flatMap(([, label]): SheetColumn[] => [
    { header: t('colCount', { column: t(label) }), kind: 'count' },
    { header: t('colPercent', { column: t(label) }), kind: 'percent' },
  ]);
  const shareCells = (row: ReportRow) =>
    SHARES.flatMap(([key]): Cell[] => {
      const share: Share = row[key];
      return [share.count, share.percent];
    });
  const figures = (row: ReportRow): Cell[] => [
    row.procedures,
    ...shareCells(row),
    row.stale,
    row.unitItemsMet,
  ];
  const units: Sheet = {
    name: t('sheetUnits'),
    columns: [
      { header: t('colUnit'), kind: 'text' },
      { header: t('colKindOfUnit'), kind: 'text' },
      { header: t('colWardName'), kind: 'text' },
      { header: t('colProcedures'), kind: 'count' },
      ...shareColumns,
      { header: t('colStale'), kind: 'count' },
      { header: `${t('colUnitItems')} (/${UNIT_ITEMS.length})`, kind: 'count' },
      { header: t('colLastCheck'), kind: 'time' },
      { header: t('colReview'), kind: 'text' },
    ],
    rows: [
      ...rows.units.map((row): Cell[] => [
        row.name,
        row.kind === 'ward' ? t('kind_ward') : t('kind_school'),
        // A ward's own ward is itself (worker/db/read-period-figures.ts).
        row.wardName,
        ...figures(row),
        row.lastCheckAt === null ? null : { at: row.lastCheckAt },
        row.review ? t(`review_${row.review}`) : t('reviewNone'),
      ]),
      [t('total'), t('unitCount', { count: rows.unitCount }), null, ...figures(rows.total), null, null],
    ],
  };
  const items: Sheet = {
    name: t('sheetItems'),
    columns: [
      { header: t('colItem'), kind: 'text' },
      { header: t('colItemName'), kind: 'text' },
      { header: t('colItemScope'), kind: 'text' },
      { header: t('colItemMet'), kind: 'count' },
      { header: t('colItemFailing'), kind: 'count' },
      { header: t('colItemOf'), kind: 'count' },
      { header: t('colItemPercent'), kind: 'percent' },
    ],
    rows: rows.items.map((item): Cell[] => [
      item.itemId,
      ITEM_NAMES.get(item.itemId)?.[language] ?? item.itemId,
      t(`itemScope_${item.scope}`),
      item.met,
      item.failing,
      item.of,
      item.percent,
    ]),
  };
  return { units, items };
}
