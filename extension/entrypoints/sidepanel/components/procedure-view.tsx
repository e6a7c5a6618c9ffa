import { useState } from 'preact/hooks';
import { PROCEDURE_ITEMS } from '../../../../shared/checklist/checklist-items.ts';
import { procedureProgress } from '../../../../shared/scoring/procedure-progress.ts';
import { isSubjectKey } from '../../../../shared/sync/protocol.ts';
import { acceptAutomatic, undoAutomatic } from '../../../db/accept-automatic.ts';
import type { ScanRow } from '../../../db/database.ts';
import { db } from '../../../db/default-database.ts';
import { readMeta } from '../../../db/read-meta.ts';
import { fill, type MessageId } from '../../../i18n/messages.ts';
import { sendMessage } from '../../../messages/send-message.ts';
import { reportError } from '../../../report-error.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { showOnPage } from '../show-on-page.ts';
import { routeHref } from '../side-panel-route.ts';
import { ChecklistSection, type RowFilter } from './checklist-section.tsx';

const ROW_FILTERS: [RowFilter, MessageId][] = [
  ['all', 'filterAll'],
  ['unanswered', 'filterUnanswered'],
  ['failing', 'filterFailing'],
];

/**
 * One procedure's checklist, whether or not its page is open: its name from the catalogue (or
 * the page), the automatic results of its latest scan, "Dùng kết quả tự động" with a one-step
 * undo, how many items are answered, and a filter to the unanswered or failing ones.
 */
export function ProcedureView({
  procedureKey,
  scan,
  following,
}: {
  procedureKey: string;
  scan: ScanRow | null;
  following: boolean;
}) {
  const { t } = useTranslate();
  const [rowFilter, setRowFilter] = useState<RowFilter>('all');
  const data = useLiveQuery(async () => {
    const [listed, byCode, catalogueSize, answers, undo] = await Promise.all([
      db.catalogue.get(procedureKey),
      db.catalogue.where('code').equals(procedureKey).first(),
      db.catalogue.count(),
      db.answers.where('subject').equals(procedureKey).toArray(),
      readMeta(db, 'lastAutomaticFill'),
    ]);
    return {
      listed: listed ?? byCode,
      catalogueSize,
      answers,
      undo: undo?.subject === procedureKey ? undo : null,
    };
  }, [procedureKey]);
  if (!data) return null;

  const name = data.listed?.name ?? scan?.facts.name ?? '';
  // A page without a procedure code is known by its URL: its results show, answers cannot sync.
  const answerable = isSubjectKey(procedureKey);
  const statuses = Object.fromEntries(data.answers.map((answer) => [answer.itemId, answer.fields.status]));
  const progress = procedureProgress(statuses);
  const decided = Object.values(scan?.results ?? {}).filter(
    (result) => result.status !== 'chua_kiem_tra',
  ).length;
  const afterWrite = (written: Promise<unknown>) =>
    written
      .then(() => sendMessage({ type: 'sync-now' }))
      .catch((error: unknown) => reportError('sidepanel.automatic', error));

  return (
    <section aria-labelledby="procedure-heading">
      <nav class="panel-nav">
        <a href={routeHref({ view: 'list' })}>{t('backToWorklist')}</a>
        {following ? null : (
          <>
            {' · '}
            <a href={routeHref({ view: 'follow' })}>{t('followTab')}</a>
          </>
        )}
      </nav>
      <h1 id="procedure-heading">
        {/* The procedure's own (Vietnamese) name, from the catalogue or the page. */}
        {name ? <span lang="vi">{name}</span> : procedureKey}
        {name ? (
          <span class="code"> {data.listed ? (data.listed.code ?? t('noCodeYet')) : procedureKey}</span>
        ) : null}
      </h1>
      {data.catalogueSize > 0 && !data.listed && answerable ? (
        <p class="notice" role="note" data-not-in-catalogue>
          {t('notInCatalogue')}
        </p>
      ) : null}
      {answerable ? null : (
        <p class="hint" role="note" data-read-only>
          {t('noCodeReadOnly')}
        </p>
      )}
      <p class="progress" role="status" data-progress={`${progress.answered}/${PROCEDURE_ITEMS.length}`}>
        {fill(t('answeredOf'), { answered: progress.answered, total: PROCEDURE_ITEMS.length })}
        {progress.failing > 0 ? ` · ${fill(t('failingCount'), { count: progress.failing })}` : ''}
      </p>
      {answerable && scan ? (
        <p class="actions">
          <button
            type="button"
            disabled={decided === 0}
            onClick={() => void afterWrite(acceptAutomatic(db, procedureKey, scan.results))}
            data-accept-automatic
          >
            {t('acceptAutomatic')}
          </button>{' '}
          {data.undo ? (
            <button
              type="button"
              class="secondary"
              onClick={() => void afterWrite(undoAutomatic(db))}
              data-undo-automatic
            >
              {fill(t('undoAutomatic'), { count: data.undo.items.length })}
            </button>
          ) : null}
        </p>
      ) : null}
      {answerable ? <p class="hint">{t('keyboardHint')}</p> : null}
      <fieldset class="filters">
        <legend>{t('filterLabel')}</legend>
        {ROW_FILTERS.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="row-filter"
              value={value}
              checked={rowFilter === value}
              onChange={() => setRowFilter(value)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <ChecklistSection
        subject={procedureKey}
        items={PROCEDURE_ITEMS}
        results={scan?.results ?? null}
        readOnly={!answerable}
        filter={rowFilter}
        showOnPage={
          scan?.tabId != null
            ? (itemId: string) => showOnPage(scan.tabId as number, scan.facts.source.url, itemId)
            : null
        }
      />
    </section>
  );
}
