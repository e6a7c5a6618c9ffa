import type { Browser } from 'wxt/browser';
import { unitSitePatterns } from './unit-site-patterns.ts';

export const UNIT_SITE_SCRIPT_ID = 'unit-site';

type Script = Browser.scripting.RegisteredContentScript;

/** The parts of `browser` the sync uses; tests pass a small in-memory stand-in. */
export interface ScriptingApi {
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<Script[]>;
    registerContentScripts(scripts: Script[]): Promise<void>;
    updateContentScripts(scripts: Script[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
}

/**
 * Keeps the one dynamic content script of the unit website (docs/architecture.md §2) in step with the
 * hosts granted in Options: registered for exactly those hosts, updated when they change,
 * unregistered when none is left. Chromium keeps it across restarts (`persistAcrossSessions`); the
 * background still calls this at each start, since an update of the extension may change the script.
 *
 * @returns the match patterns now registered.
 */
export async function syncUnitSiteScript(api: ScriptingApi, serverUrl?: string | null): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  const matches = unitSitePatterns(origins, serverUrl);
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [UNIT_SITE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (current) await api.scripting.unregisterContentScripts({ ids: [UNIT_SITE_SCRIPT_ID] });
    return matches;
  }
  const script: Script = {
    id: UNIT_SITE_SCRIPT_ID,
    js: ['content-scripts/unit-site.js'],
    matches,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (!current) await api.scripting.registerContentScripts([script]);
  else if (!isSame(current, script)) await api.scripting.updateContentScripts([script]);
  return matches;
}

const isSame = (a: Script, b: Script) =>
  a.runAt === b.runAt &&
  a.persistAcrossSessions === b.persistAcrossSessions &&
  String(a.js) === String(b.js) &&
  String([...(a.matches ?? [])].sort()) === String(b.matches);
