import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { db } from '../db/default-database.ts';
import { readMeta } from '../db/read-meta.ts';
import type { ExtensionMessage } from '../messages/extension-message.ts';
import { reportError } from '../report-error.ts';
import { recordScan } from '../scan/record-scan.ts';
import { recordSiteScan } from '../site/record-site-scan.ts';
import { watchUnitSiteScript } from '../site/watch-unit-site-script.ts';
import { createSingleFlight } from '../sync/create-single-flight.ts';
import { runSync } from '../sync/run-sync.ts';

/** Backstop for triggers that were missed (docs/architecture.md §2: an alarm every ≥ 30 s). */
const SYNC_ALARM = 'sync';

export default defineBackground(() => {
  const sync = createSingleFlight(() => runSync(db, (request) => fetch(request)));
  const syncReported = () => sync().catch((error: unknown) => reportError('background.sync', error));

  browser.runtime.onMessage.addListener((message: ExtensionMessage, sender, sendResponse) => {
    const handled: Promise<unknown> =
      message.type === 'scan'
        ? recordScan(db, message, sender.tab?.id ?? null)
        : message.type === 'site-scan'
          ? recordSiteScan(db, message)
          : message.type === 'get-language'
            ? readMeta(db, 'language')
            : syncReported();
    handled.then(
      (value) =>
        sendResponse(
          message.type === 'site-scan'
            ? { ok: true, summary: value }
            : message.type === 'get-language'
              ? { ok: true, language: value ?? 'vi' }
              : { ok: true },
        ),
      (error: unknown) => {
        reportError(`background.${message.type}`, error);
        sendResponse({ ok: false });
      },
    );
    return true; // answers asynchronously
  });

  browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncReported();
  });
  globalThis.addEventListener('online', () => void syncReported());

  // Firefox has no side panel; there the action keeps its default behaviour.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    reportError('background.sidePanel', error);
  });
  watchUnitSiteScript(db);
  void syncReported();
});
