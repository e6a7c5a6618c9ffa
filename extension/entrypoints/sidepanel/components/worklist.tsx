import { useState } from 'preact/hooks';
import { PROCEDURE_ITEMS, UNIT_ITEMS } from '../../../../shared/checklist/checklist-items.ts';
import { UNIT_SUBJECT } from '../../../../shared/sync/protocol.ts';
import { normalizeVi } from '../../../../shared/text/normalize-vi.ts';
import { db } from '../../../db/default-database.ts';
import { fill, type MessageId } from '../../../i18n/messages.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { loadWorklist, type WorklistRow } from '../load-worklist.ts';
import { routeHref } from '../side-panel-route.ts';
import { ReviewNotice } from './review-notice.tsx';

type Filter = 'all' | 'not-started' | 'failing' | 'recheck' | 'done';

const FILTERS: [Filter, MessageId][] = [
  ['all', 'filterAll'],
  ['not-started', 'filterNotStarted'],
  ['failing', 'filterFailing'],
  ['recheck', 'filterRecheck'],
  ['done', 'filterDone'],
];

const matches: Record<Filter, (row: WorklistRow) => boolean> = {
  all: () => true,
  'not-started': (row) => !row.progress.started,
  failing: (row) => row.progress.failing > 0,
  recheck: (row) => row.recheck,
  done: (row) => row.progress.complete,
};

const collator = new Intl.Collator('vi');

/**
 * The side panel's home: the unit's assigned procedures from its catalogue, coded or not, grouped
 * by field, each with its progress, the change watch's "cần kiểm tra lại" and a link to its portal
 * page; a search that ignores accents and case, and filters. The unit items are an entry of their own.
 */
export function Worklist() {
  const { t } = useTranslate();
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const rows = useLiveQuery(() => loadWorklist(db), []);
  const unitAnswered = useLiveQuery(
    async () =>
      (await db.answers.where('subject').equals(UNIT_SUBJECT).toArray()).filter(
        (answer) => answer.fields.status && answer.fields.status !== 'chua_kiem_tra',
      ).length,
    [],
  );
  if (!rows) return null;

  const wanted = normalizeVi(search, { loose: true });
  const shown = rows
    .filter(matches[filter])
    .filter(
      (row) => !wanted || normalizeVi(`${row.code ?? ''} ${row.name}`, { loose: true }).includes(wanted),
    );
  const fields = [...new Set(shown.map((row) => row.field))].sort(collator.compare);

  return (
    <section aria-labelledby="worklist-heading" data-worklist>
      <h1 id="worklist-heading">{t('worklistTitle')}</h1>
      <ReviewNotice />
      <p>
        <a href={routeHref({ view: 'unit' })} data-unit-entry>
          {t('unitSection')}
        </a>{' '}
        <span class="progress">
          {fill(t('answeredOf'), { answered: unitAnswered ?? 0, total: UNIT_ITEMS.length })}
        </span>
      </p>
      {rows.length === 0 ? (
        <p role="note">{t('worklistEmpty')}</p>
      ) : (
        <>
          <div class="worklist-tools">
            <label>
              {t('searchProcedures')}
              <input type="search" value={search} onInput={(event) => setSearch(event.currentTarget.value)} />
            </label>
            <fieldset class="filters">
              <legend>{t('filterLabel')}</legend>
              {FILTERS.map(([value, label]) => (
                <label key={value}>
                  <input
                    type="radio"
                    name="worklist-filter"
                    value={value}
                    checked={filter === value}
                    onChange={() => setFilter(value)}
                  />
                  {t(label)} ({rows.filter(matches[value]).length})
                </label>
              ))}
            </fieldset>
          </div>
          <p role="status" class="hint">
            {fill(t('worklistShown'), { shown: shown.length, total: rows.length })}
          </p>
          {fields.map((field, i) => (
            <section key={field} aria-labelledby={`field-${i}`}>
              {/* Names from the catalogue are Vietnamese whatever the interface language. */}
              <h2 id={`field-${i}`} lang="vi">
                {field}
              </h2>
              <ul class="worklist">
                {shown
                  .filter((row) => row.field === field)
                  .sort((a, b) => collator.compare(a.name, b.name))
                  .map((row) => (
                    <li key={row.key} data-procedure={row.key}>
                      <a href={routeHref({ view: 'procedure', key: row.key })} lang="vi">
                        {row.name}
                      </a>
                      <span class="code">{row.code ?? t('noCodeYet')}</span>
                      <span
                        class="progress"
                        data-progress={`${row.progress.answered}/${PROCEDURE_ITEMS.length}`}
                      >
                        {fill(t('answeredOf'), {
                          // As in a procedure's checklist: "không áp dụng" is an answer too.
                          answered: row.progress.answered,
                          total: PROCEDURE_ITEMS.length,
                        })}
                        {row.progress.failing > 0
                          ? ` · ${fill(t('failingCount'), { count: row.progress.failing })}`
                          : ''}
                        {row.progress.complete ? ` · ${t('filterDone')}` : ''}
                      </span>
                      {row.recheck ? <span class="recheck-mark">{t('recheckNeeded')}</span> : null}
                      {row.portalUrl ? (
                        <a class="portal-link" href={row.portalUrl} target="_blank" rel="noopener noreferrer">
                          {t('openOnPortal')}
                        </a>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
