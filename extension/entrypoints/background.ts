import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { db } from '../db/default-database.ts';
import { readMeta } from '../db/read-meta.ts';
import { trimLocalData } from '../db/trim-local-data.ts';
import {
  type ExtensionMessage,
  ExtensionMessageSchema,
  isAllowedSender,
} from '../messages/extension-message.ts';
import { reportError } from '../report-error.ts';
import { recordScan } from '../scan/record-scan.ts';
import { recordSiteScan } from '../site/record-site-scan.ts';
import { watchUnitSiteScript } from '../site/watch-unit-site-script.ts';
import { createSyncEngine } from '../sync/create-sync-engine.ts';
import { runSync } from '../sync/run-sync.ts';
import { withSyncLock } from '../sync/with-sync-lock.ts';

/** Backstop for triggers that were missed (docs/architecture.md §2: an alarm every ≥ 30 s). */
const SYNC_ALARM = 'sync';
/** A retry further off than a service worker lives idle (~30 s) waits for an alarm instead. */
const RETRY_ALARM = 'sync-retry';
const TIMER_LIMIT_MS = 20_000;

export default defineBackground(() => {
  const engine = createSyncEngine({
    run: () => runSync(db, (request) => fetch(request)),
    withLock: withSyncLock,
    schedule: (delayMs) => {
      if (delayMs <= TIMER_LIMIT_MS) setTimeout(() => void sync(), delayMs);
      else browser.alarms.create(RETRY_ALARM, { when: Date.now() + delayMs });
    },
  });
  function sync(force = false) {
    return engine.request({ force }).catch((error: unknown) => reportError('background.sync', error));
  }

  const handle = (message: ExtensionMessage, tabId: number | null): Promise<unknown> => {
    switch (message.type) {
      case 'scan':
        return recordScan(db, message, tabId).then(() => ({ ok: true }));
      case 'site-scan':
        return recordSiteScan(db, message).then((summary) => ({ ok: true, summary }));
      case 'get-language':
        return readMeta(db, 'language').then((language) => ({ ok: true, language: language ?? 'vi' }));
      case 'sync-now':
        return sync(message.force).then(() => ({ ok: true }));
      case 'open-side-panel':
        // Called at once, still inside the click's turn: after an await Chrome refuses it.
        if (!browser.sidePanel || tabId === null) return Promise.resolve({ ok: false });
        return browser.sidePanel.open({ tabId }).then(() => ({ ok: true }));
    }
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const parsed = v.safeParse(ExtensionMessageSchema, raw);
    if (!parsed.success || !isAllowedSender(parsed.output, sender, browser.runtime.id)) {
      // Never acted on, least of all by starting a sync: say no and name nothing.
      sendResponse({ ok: false, error: 'unknown_message' });
      return false;
    }
    const message = parsed.output;
    handle(message, sender.tab?.id ?? null).then(sendResponse, (error: unknown) => {
      reportError(`background.${message.type}`, error);
      sendResponse({ ok: false });
    });
    return true; // answers asynchronously
  });

  browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) void sync();
    if (alarm.name === SYNC_ALARM)
      trimLocalData(db).catch((error: unknown) => reportError('background.trim', error));
  });
  globalThis.addEventListener('online', () => void sync());

  // Firefox has no side panel; there the action keeps its default behaviour.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    reportError('background.sidePanel', error);
  });
  watchUnitSiteScript(db);
  void sync();
});
