import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeMeta } from '../../../extension/db/write-meta.ts';
import { syncUnitSiteScript, UNIT_SITE_SCRIPT_ID } from '../../../extension/site/sync-unit-site-script.ts';
import { watchUnitSiteScript } from '../../../extension/site/watch-unit-site-script.ts';
import { freshDatabase } from '../fresh-database.ts';
import { fakeScripting } from './fake-scripting.ts';

const registered = (api: ReturnType<typeof fakeScripting>) => api.scripts.get(UNIT_SITE_SCRIPT_ID);

describe('syncUnitSiteScript', () => {
  it('registers nothing while no unit website is granted', async () => {
    const api = fakeScripting(['https://dichvucong.gov.vn/thu-tuc-hanh-chinh/*']);
    expect(await syncUnitSiteScript(api)).toEqual([]);
    expect(api.calls).toEqual([]);
  });

  it('registers, updates and unregisters the one script as grants come and go', async () => {
    const api = fakeScripting(['https://thcstruongson.hcm.edu.vn/*']);
    await syncUnitSiteScript(api);
    expect(registered(api)).toEqual({
      id: 'unit-site',
      js: ['content-scripts/unit-site.js'],
      matches: ['https://thcstruongson.hcm.edu.vn/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });

    api.origins.push('http://thnguyendu.hcm.edu.vn/*');
    await syncUnitSiteScript(api);
    expect(registered(api)?.matches).toEqual([
      'http://thnguyendu.hcm.edu.vn/*',
      'https://thcstruongson.hcm.edu.vn/*',
    ]);

    await syncUnitSiteScript(api); // nothing changed: no call
    api.origins.splice(0, api.origins.length);
    await syncUnitSiteScript(api);
    expect(registered(api)).toBeUndefined();
    expect(api.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('repairs a registration left by an older build (other file, other timing)', async () => {
    const api = fakeScripting(['https://thcs.hcm.edu.vn/*']);
    api.scripts.set(UNIT_SITE_SCRIPT_ID, {
      id: UNIT_SITE_SCRIPT_ID,
      js: ['content-scripts/old.js'],
      matches: ['https://thcs.hcm.edu.vn/*'],
      runAt: 'document_end',
    });
    await syncUnitSiteScript(api);
    expect(registered(api)).toMatchObject({ js: ['content-scripts/unit-site.js'], runAt: 'document_idle' });
    expect(api.calls).toEqual(['update']);
  });

  it('never registers the sync server as a unit website', async () => {
    const api = fakeScripting(['http://127.0.0.1:8787/*']);
    expect(await syncUnitSiteScript(api, 'http://127.0.0.1:8787')).toEqual([]);
    expect(registered(api)).toBeUndefined();
  });
});

describe('watchUnitSiteScript', () => {
  it('syncs at start and on every permission change, one run at a time', async () => {
    const api = fakeScripting(['https://thcs.hcm.edu.vn/*']);
    Object.assign(fakeBrowser.scripting, api.scripting);
    Object.assign(fakeBrowser.permissions, api.permissions);
    const db = freshDatabase();
    await writeMeta(db, { serverUrl: 'https://congkhai.example.vn' });

    watchUnitSiteScript(db);
    await expect.poll(() => registered(api)?.matches).toEqual(['https://thcs.hcm.edu.vn/*']);

    // Two grants in quick succession: a second register of the same id would throw.
    api.origins.push('https://thnguyendu.hcm.edu.vn/*', 'https://congkhai.example.vn/*');
    api.permissions.onAdded.trigger({ origins: ['https://thnguyendu.hcm.edu.vn/*'] });
    api.permissions.onAdded.trigger({ origins: ['https://congkhai.example.vn/*'] });
    await expect
      .poll(() => registered(api)?.matches)
      .toEqual(['https://thcs.hcm.edu.vn/*', 'https://thnguyendu.hcm.edu.vn/*']);

    api.origins.splice(0, api.origins.length);
    api.permissions.onRemoved.trigger({ origins: ['https://thcs.hcm.edu.vn/*'] });
    await expect.poll(() => registered(api)).toBeUndefined();
    expect(api.calls).toEqual(['register', 'update', 'unregister']);
  });
});
