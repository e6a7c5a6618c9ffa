import { PROCEDURE_ITEMS } from '../../../../shared/checklist/checklist-items.ts';
import { isSubjectKey } from '../../../../shared/sync/protocol.ts';
import { db } from '../../../db/default-database.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { findShownScan } from '../find-shown-scan.ts';
import { useActiveTabId } from '../use-active-tab-id.ts';
import { ChecklistSection } from './checklist-section.tsx';
import { SyncStatus } from './sync-status.tsx';
import { UnitSection } from './unit-section.tsx';

/** The side panel: the procedure beside it (or named by `?code=`), then the unit's own items. */
export function App() {
  const { t } = useTranslate();
  const tabId = useActiveTabId();
  const queryCode = new URLSearchParams(location.search).get('code');
  const scan = useLiveQuery(() => findShownScan(db, tabId, queryCode), [tabId, queryCode]);
  const code = scan?.code ?? queryCode;
  const listed = useLiveQuery(
    async () => (code ? await db.catalogue.where('code').equals(code).first() : undefined),
    [code],
  );
  const name = scan?.facts.name ?? listed?.name ?? '';
  // A page without a procedure code is known by its URL: its results show, answers cannot sync.
  const answerable = code !== null && isSubjectKey(code);

  return (
    <main>
      <SyncStatus />
      {code ? (
        <section aria-labelledby="procedure-heading">
          <h1 id="procedure-heading">{name ? `${code} — ${name}` : code}</h1>
          {answerable ? (
            <p class="hint">{t('keyboardHint')}</p>
          ) : (
            <p class="hint" role="note" data-read-only>
              {t('noCodeReadOnly')}
            </p>
          )}
          <ChecklistSection
            subject={code}
            items={PROCEDURE_ITEMS}
            results={scan?.results ?? null}
            readOnly={!answerable}
          />
        </section>
      ) : (
        <p>{t('noProcedure')}</p>
      )}
      <UnitSection />
    </main>
  );
}
