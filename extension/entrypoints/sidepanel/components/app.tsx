import { db } from '../../../db/default-database.ts';
import { useDocumentLanguage } from '../../../ui/use-document-language.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { findShownScan } from '../find-shown-scan.ts';
import { routeHref } from '../side-panel-route.ts';
import { useActiveTabId } from '../use-active-tab-id.ts';
import { useRoute } from '../use-route.ts';
import { ProcedureView } from './procedure-view.tsx';
import { SyncStatus } from './sync-status.tsx';
import { UnitSection } from './unit-section.tsx';
import { Worklist } from './worklist.tsx';

/**
 * The side panel: the procedure page open in the active tab when there is one, else the unit's
 * worklist; from the worklist any procedure (coded or not) or the unit's own items.
 */
export function App() {
  const { language, t } = useTranslate();
  useDocumentLanguage(language);
  const route = useRoute();
  const tabId = useActiveTabId();
  const shown = useLiveQuery(async () => {
    if (route.view === 'procedure') return { key: route.key, scan: await findShownScan(db, null, route.key) };
    if (route.view !== 'follow' || tabId === null) return null;
    const scan = await findShownScan(db, tabId, null, { onlyTab: true });
    return scan ? { key: scan.code, scan } : null;
  }, [route.view, route.view === 'procedure' ? route.key : '', tabId]);

  return (
    <main>
      <SyncStatus />
      {route.view === 'unit' ? (
        <>
          <nav class="panel-nav">
            <a href={routeHref({ view: 'list' })}>{t('backToWorklist')}</a>
          </nav>
          <UnitSection />
        </>
      ) : shown ? (
        <ProcedureView procedureKey={shown.key} scan={shown.scan} following={route.view === 'follow'} />
      ) : (
        <Worklist />
      )}
    </main>
  );
}
