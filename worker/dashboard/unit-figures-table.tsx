import type { ComponentChildren } from 'preact';
import { UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { UnitFigures } from '../db/read-period-figures.ts';
import type { PageMessageId } from '../i18n/page-messages.ts';
import { formatCompletion } from './format-completion.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';

/**
 * One unit's figures at the end of the period, the same numbers as its row on the overview
 * (worker/db/read-period-figures.ts), as a two-column table. `data-figure` is a hook for tests.
 */
export function UnitFiguresTable({ page, unit }: { page: PageContext; unit: UnitFigures }) {
  const { t, language } = page;
  const time = (ms: number | null, none: PageMessageId) =>
    ms === null ? t(none) : <time dateTime={new Date(ms).toISOString()}>{formatTime(ms, language)}</time>;
  const rows: [string, PageMessageId, ComponentChildren][] = [
    ['procedures', 'colProcedures', unit.procedures],
    ['complete', 'colComplete', formatCompletion(unit.complete, unit.procedures, language)],
    ['office', 'colOffice', formatCompletion(unit.office, unit.procedures, language)],
    ['website', 'colWebsite', formatCompletion(unit.website, unit.procedures, language)],
    ['content', 'colContent', formatCompletion(unit.content, unit.procedures, language)],
    ['failing', 'colFailing', unit.failing],
    ['stale', 'colStale', unit.stale],
    ['unitItems', 'colUnitItems', `${unit.unitItemsMet}/${UNIT_ITEMS.length}`],
    ['lastCheck', 'colLastCheck', time(unit.lastCheckAt, 'neverChecked')],
    ['lastSync', 'colLastSync', time(unit.lastSyncAt, 'neverSynced')],
  ];
  return (
    <table class="figures unit-figures">
      <caption>{t('unitFiguresCaption')}</caption>
      <tbody>
        {rows.map(([key, label, value]) => (
          <tr key={key}>
            <th scope="row">{t(label)}</th>
            <td class="num" data-figure={key}>
              {value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
