import { browser } from 'wxt/browser';
import type { CongKhaiDatabase } from '../db/database.ts';
import { readMeta } from '../db/read-meta.ts';
import { reportError } from '../report-error.ts';
import { createSingleFlight } from '../sync/create-single-flight.ts';
import { syncUnitSiteScript } from './sync-unit-site-script.ts';

/**
 * Background wiring of the unit-site content script: sync it now (each service-worker start) and
 * whenever a host permission is granted or withdrawn. Runs are serialised, so two quick grants
 * never race into registering the same script id twice.
 */
export function watchUnitSiteScript(db: CongKhaiDatabase): void {
  // Firefox builds without the scripting API (MV2 without the permission) simply do not scan sites.
  if (!browser.scripting?.registerContentScripts) return;
  const sync = createSingleFlight(async () => syncUnitSiteScript(browser, await readMeta(db, 'serverUrl')));
  const syncReported = () => void sync().catch((error: unknown) => reportError('background.unitSite', error));
  browser.permissions.onAdded.addListener(syncReported);
  browser.permissions.onRemoved.addListener(syncReported);
  syncReported();
}
