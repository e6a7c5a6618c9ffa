import type { ComponentChildren } from 'preact';
import { PROCEDURE_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { SubjectState } from '../db/read-unit-checklist.ts';
import { reportQuery } from '../report/report-params.ts';
import { formatTime } from './format-time.ts';
import { itemState } from './item-state.ts';
import type { PageContext } from './page-context.ts';
import { StatusMark } from './status-mark.tsx';

export interface MatrixRow {
  id: string;
  /** The row header: a procedure's or a unit's name. */
  label: ComponentChildren;
  /** The detail page of the row; each cell links to its item's anchor there. */
  href: string;
  state: SubjectState;
  /** What the reviewer wrote on the row's items, shown in the last column. */
  comments?: { itemId: string; comment: string }[];
}

/**
 * Rows (a unit's procedures, or a procedure's units) × P01–P23: each cell the item's state at the
 * period's end in a mark and a word, linking to the row's detail at that item; each column header
 * links to the item across the cluster. `data-row`/`data-item` are hooks for tests.
 */
export function ItemMatrix({
  page,
  caption,
  rowHeader,
  rows,
  periodKey,
}: {
  page: PageContext;
  caption: string;
  rowHeader: string;
  rows: readonly MatrixRow[];
  periodKey: string;
}) {
  const { t, language } = page;
  const withComments = rows.some((row) => row.comments !== undefined);
  return (
    <div class="scroll">
      <table class="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {PROCEDURE_ITEMS.map((item) => (
              <th key={item.id} scope="col">
                <a href={`/item/${item.id}${reportQuery({ period: periodKey })}`}>
                  <abbr title={item[language]}>{item.id}</abbr>
                </a>
              </th>
            ))}
            <th scope="col">{t('colLastCheck')}</th>
            {withComments && <th scope="col">{t('colReviewComment')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">
                <a href={row.href}>{row.label}</a>
              </th>
              {PROCEDURE_ITEMS.map((item) => (
                <td key={item.id} data-item={item.id}>
                  <a href={`${row.href}#${item.id}`} title={`${item.id} – ${item[language]}`}>
                    <StatusMark page={page} status={itemState(item.id, row.state)} />
                  </a>
                </td>
              ))}
              <td>
                {row.state.checkedAt === null ? (
                  t('neverChecked')
                ) : (
                  <time dateTime={new Date(row.state.checkedAt).toISOString()}>
                    {formatTime(row.state.checkedAt, language)}
                  </time>
                )}
              </td>
              {withComments && (
                <td data-col="comment">
                  {(row.comments ?? []).map((c) => (
                    <p key={c.itemId} class="comment">
                      <strong>{c.itemId}</strong>: {c.comment}
                    </p>
                  ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="note">{t('matrixLegend')}</p>
    </div>
  );
}
