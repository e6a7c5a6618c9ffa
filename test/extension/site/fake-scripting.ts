import type { Browser } from 'wxt/browser';
import type { ScriptingApi } from '../../../extension/site/sync-unit-site-script.ts';

type Script = Browser.scripting.RegisteredContentScript;

/** An event with `trigger`, as WXT's fake browser has for the APIs it implements. */
function fakeEvent() {
  const listeners = new Set<(change: { origins?: string[] }) => void>();
  return {
    addListener: (listener: (change: { origins?: string[] }) => void) => void listeners.add(listener),
    removeListener: (listener: (change: { origins?: string[] }) => void) => void listeners.delete(listener),
    trigger: (change: { origins?: string[] }) => {
      for (const listener of listeners) listener(change);
    },
  };
}

/**
 * A small in-memory `scripting` and `permissions` (WXT's fake browser does not implement them),
 * strict like Chromium: registering an id twice or updating an unknown id throws.
 */
export function fakeScripting(origins: string[] = []) {
  const scripts = new Map<string, Script>();
  const calls: string[] = [];
  const permissions = {
    getAll: async () => ({ permissions: [], origins: [...origins] }),
    onAdded: fakeEvent(),
    onRemoved: fakeEvent(),
  };
  const scripting: ScriptingApi['scripting'] = {
    async getRegisteredContentScripts({ ids }) {
      return [...scripts.values()].filter((s) => ids.includes(s.id)).map((s) => structuredClone(s));
    },
    async registerContentScripts(list) {
      calls.push('register');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, structuredClone(s));
      }
    },
    async updateContentScripts(list) {
      calls.push('update');
      for (const s of list) {
        const current = scripts.get(s.id);
        if (!current) throw new Error(`No script with ID '${s.id}'`);
        scripts.set(s.id, { ...current, ...structuredClone(s) });
      }
    },
    async unregisterContentScripts({ ids }) {
      calls.push('unregister');
      for (const id of ids) if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    },
  };
  return { origins, scripts, calls, permissions, scripting };
}
