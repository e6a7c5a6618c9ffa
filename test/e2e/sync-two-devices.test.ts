import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWrangler } from '../../worker/dev/run-wrangler.ts';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, signInDashboard, startLocalWorker } from '../support/local-worker.ts';
import { type SwitchableProxy, startSwitchableProxy } from '../support/switchable-proxy.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
const UNIT = 'phuong-go-vap';
/** Seeded with every P-item `dat` except P06: P06 met and P07 met or n/a completes it. */
const SUBJECT = '2.000815';
/** Assigned to the unit, no answers seeded. */
const OTHER_SUBJECT = '1.001193';
/** A second one-time code for the unit (the seed has one per unit), inserted by SQL. */
const SECOND_CODE = 'E2E-GOVAP-2';
/** How long a poll may wait: generous, a service worker start or a sync takes well under a second. */
const WAIT = { timeout: 15_000 };

interface Device {
  browser: LoadedExtension;
  /** The side panel, opened as a tab. */
  panel: Page;
}

/** What an extension page reads straight from IndexedDB (database `congkhai`, no Dexie). */
interface LocalState {
  answers: {
    subject: string;
    itemId: string;
    fields: Record<string, unknown>;
    clocks: Record<string, string>;
  }[];
  outbox: { seq: number; subject: string; itemId: string; fields: Record<string, unknown>; hlc: string }[];
  conflicts: { subject: string; itemId: string; field: string; lostValue: unknown; keptValue: unknown }[];
  meta: {
    clientId?: string;
    lastSyncAt?: number;
    lastError?: { code: string } | null;
  };
}

function readLocal(page: Page): Promise<LocalState> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('congkhai');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [answers, outbox, conflicts, meta] = await Promise.all(
      ['answers', 'outbox', 'conflicts', 'meta'].map(all),
    );
    db.close();
    const entries = (meta as { key: string; value: unknown }[]).map((row) => [row.key, row.value]);
    return { answers, outbox, conflicts, meta: Object.fromEntries(entries) } as LocalState;
  });
}

/** Asks the background for a sync from an extension page; resolves when that sync has run. */
function requestSync(page: Page, force: boolean): Promise<unknown> {
  return page.evaluate((force) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    return runtime.sendMessage({ type: 'sync-now', force });
  }, force);
}

/**
 * One sync of a device, as a person gets it: the side panel opens again (which asks for a sync)
 * and, because the engine may still be backing off after the offline failures, "send now" is
 * asked too (`force`). Done when `lastSyncAt` has moved: a run went through to the end.
 */
async function syncOnce(device: Device): Promise<void> {
  const before = (await readLocal(device.panel)).meta.lastSyncAt ?? 0;
  await device.panel.reload();
  await requestSync(device.panel, true);
  await expect
    .poll(async () => (await readLocal(device.panel)).meta.lastSyncAt ?? 0, WAIT)
    .toBeGreaterThan(before);
}

/**
 * The rows of each statement of `sql`, run against the worker's local D1: the SQLite file that
 * `wrangler dev` serves, read by a second wrangler process (about a second per call).
 */
function queryD1(worker: LocalWorker, sql: string): Record<string, unknown>[][] {
  if (!worker.state) throw new Error('startLocalWorker returned no state folder');
  const out = runWrangler(
    ['d1', 'execute', 'DB', '--local', '--persist-to', worker.state, '--json', '--command', sql],
    ROOT,
  );
  return (JSON.parse(out) as { results: Record<string, unknown>[] }[]).map((statement) => statement.results);
}

async function completeFigure(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return (await page.locator(`tr[data-unit="${UNIT}"] td[data-col="complete"]`).textContent()) ?? '';
}

const statusOf = (state: LocalState, subject: string, itemId: string) =>
  state.answers.find((row) => row.subject === subject && row.itemId === itemId)?.fields.status;

/** The answers of one subject without the local-only `updatedAt`, for comparing devices. */
const answersOf = (state: LocalState, subject: string) =>
  state.answers
    .filter((row) => row.subject === subject)
    .map(({ subject, itemId, fields, clocks }) => ({ subject, itemId, fields, clocks }))
    .sort((a, b) => a.itemId.localeCompare(b.itemId));

// Two profiles are two devices of one unit. The extension talks to wrangler dev through a proxy
// that the test switches off, so "offline" is real for the service worker too.
describe('sync between two devices of one unit', () => {
  let worker: LocalWorker;
  let proxy: SwitchableProxy;
  let a: Device;
  let b: Device;

  async function openDevice(code: string, label: string): Promise<Device> {
    const browser = await launchExtension(EXTENSION_DIR);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.id}/options.html`);
    await options.getByLabel('Địa chỉ máy chủ').fill(proxy.url);
    await options.getByLabel('Mã kích hoạt').fill(code);
    await options.getByLabel('Tên thiết bị').fill(label);
    await options.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
    await expect
      .poll(() => options.locator('[data-enrolled-unit]').getAttribute('data-enrolled-unit'), WAIT)
      .toBe(UNIT);
    await options.close();
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html?code=${SUBJECT}`);
    await expect
      .poll(() => panel.locator('[data-sync-state]').getAttribute('data-sync-state'), WAIT)
      .toBe('synced');
    return { browser, panel };
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
      throw new Error('Build the extension first: npx wxt build');
    worker = await startLocalWorker(8794);
    const hash = createHash('sha256').update(SECOND_CODE).digest('hex');
    queryD1(
      worker,
      `INSERT INTO enrol_code (code_hash, unit_id, role, expires_at, created_at) VALUES ('${hash}', '${UNIT}', 'editor', 4102444800000, 0)`,
    );
    proxy = await startSwitchableProxy(worker.url);
  });

  afterAll(async () => {
    await a?.browser.close();
    await b?.browser.close();
    await proxy?.close();
    await worker?.stop();
  });

  it('enrols two profiles into one unit, through the proxy', async () => {
    [a, b] = await Promise.all([openDevice('DEMO-GOVAP', 'Máy A'), openDevice(SECOND_CODE, 'Máy B')]);
    expect(a.browser.context).not.toBe(b.browser.context);
    const clients = await Promise.all([readLocal(a.panel), readLocal(b.panel)]);
    expect(clients[0].meta.clientId).not.toBe(clients[1].meta.clientId);
  });

  it('two devices edit offline, reconnect, converge, and the dashboard shows the merged state', async () => {
    const dashboard = await a.browser.context.newPage();
    await signInDashboard(dashboard, worker);
    const before = await completeFigure(dashboard, `${worker.url}/`);
    expect(before).toMatch(/^0\/\d+ /);

    proxy.setOnline(false);
    const refusedBefore = proxy.refused;

    // Device A first: P06 not met, with a note.
    const rowA = a.panel.locator('[data-item="P06"]');
    await rowA.getByRole('radio', { name: 'Chưa đạt', exact: true }).check();
    await rowA.getByRole('textbox').fill('Thiếu bản niêm yết tại bộ phận một cửa');
    await rowA.getByRole('textbox').press('Tab');
    // The write's sync really failed: the server could not be reached, the outbox keeps it, and
    // the panel says the answers wait to be sent (a state, not an error).
    await expect
      .poll(() => a.panel.locator('[data-sync-state]').getAttribute('data-sync-state'), WAIT)
      .toBe('waiting');
    await expect
      .poll(() => a.panel.locator('[data-sync-state]').textContent(), WAIT)
      .toContain('Đang chờ gửi 1 câu trả lời');
    await expect.poll(async () => (await readLocal(a.panel)).outbox.length, WAIT).toBe(2);
    expect((await readLocal(a.panel)).meta.lastError?.code).toBe('network');

    // Device B later: P06 met (a later write of the same field), P07 not applicable.
    const rowB6 = b.panel.locator('[data-item="P06"]');
    await rowB6.getByRole('radio', { name: 'Đạt', exact: true }).check();
    await b.panel
      .locator('[data-item="P07"]')
      .getByRole('radio', { name: 'Không áp dụng', exact: true })
      .check();
    await expect
      .poll(() => b.panel.locator('[data-sync-state]').getAttribute('data-sync-state'), WAIT)
      .toBe('waiting');
    await expect.poll(async () => (await readLocal(b.panel)).outbox.length, WAIT).toBe(2);
    expect((await readLocal(b.panel)).meta.lastError?.code).toBe('network');
    expect(proxy.refused).toBeGreaterThan(refusedBefore);
    expect(await completeFigure(dashboard, `${worker.url}/`)).toBe(before);

    // Back online. B's newer write reaches the server first, then A's older one, which must lose
    // P06's status (last writer by stamp, not by arrival) but keep its note; twice each.
    proxy.setOnline(true);
    await syncOnce(b);
    await syncOnce(a);
    await syncOnce(b);
    await syncOnce(a);

    const [stateA, stateB] = [await readLocal(a.panel), await readLocal(b.panel)];
    for (const state of [stateA, stateB]) {
      expect(state.outbox).toEqual([]);
      expect(state.meta.lastError).toBeNull();
      expect(statusOf(state, SUBJECT, 'P06')).toBe('dat');
      expect(statusOf(state, SUBJECT, 'P07')).toBe('khong_ap_dung');
    }
    expect(answersOf(stateA, SUBJECT)).toEqual(answersOf(stateB, SUBJECT));
    const p06 = answersOf(stateA, SUBJECT).find((row) => row.itemId === 'P06');
    expect(p06?.fields).toMatchObject({
      status: 'dat',
      note: 'Thiếu bản niêm yết tại bộ phận một cửa',
      checkedBy: 'Máy B',
    });
    // A's status that lost is kept as a conflict note on A, shown on the item, not silently dropped.
    expect(stateA.conflicts).toMatchObject([
      { subject: SUBJECT, itemId: 'P06', field: 'status', lostValue: 'chua_dat', keptValue: 'dat' },
    ]);
    await expect.poll(() => a.panel.locator('[data-item="P06"] [data-conflicts]').count(), WAIT).toBe(1);

    // Both side panels show the merged answers.
    for (const device of [a, b]) {
      const row6 = device.panel.locator('[data-item="P06"]');
      await expect
        .poll(() => row6.getByRole('radio', { name: 'Đạt', exact: true }).isChecked(), WAIT)
        .toBe(true);
      expect(await row6.getByRole('textbox').inputValue()).toBe('Thiếu bản niêm yết tại bộ phận một cửa');
      const row7 = device.panel.locator('[data-item="P07"]');
      expect(await row7.getByRole('radio', { name: 'Không áp dụng', exact: true }).isChecked()).toBe(true);
      expect(await device.panel.locator('[data-sync-state]').getAttribute('data-sync-state')).toBe('synced');
    }

    // The server holds the same fields and stamps.
    const [server] = queryD1(
      worker,
      `SELECT item_id, fields, clocks FROM answer WHERE unit_id = '${UNIT}' AND subject = '${SUBJECT}' AND item_id IN ('P06', 'P07') ORDER BY item_id`,
    ) as [{ item_id: string; fields: string; clocks: string }[]];
    expect(
      server.map((row) => ({
        subject: SUBJECT,
        itemId: row.item_id,
        fields: JSON.parse(row.fields),
        clocks: JSON.parse(row.clocks),
      })),
    ).toEqual(answersOf(stateA, SUBJECT).filter((row) => ['P06', 'P07'].includes(row.itemId)));

    // The procedure is now complete for the unit: one more on the dashboard.
    const [done, total] = before.split(' ')[0]!.split('/').map(Number);
    expect(await completeFigure(dashboard, `${worker.url}/`)).toMatch(new RegExp(`^${done! + 1}/${total} `));
    await dashboard.close();
  });

  it('a service worker stopped while its push is in flight drains the outbox after restart, without duplicates', async () => {
    const panel = a.panel;
    await panel.goto(`chrome-extension://${a.browser.id}/sidepanel.html?code=${OTHER_SUBJECT}`);
    await expect
      .poll(() => panel.locator('[data-sync-state]').getAttribute('data-sync-state'), WAIT)
      .toBe('synced');
    const { clientId } = (await readLocal(panel)).meta;

    // The service worker's running state, as DevTools sees it (Playwright's worker list keeps a
    // stopped extension worker).
    const cdp: CDPSession = await a.browser.context.newCDPSession(panel);
    let running = 'unknown';
    let starts = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const version = versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${a.browser.id}/`));
      if (!version) return;
      if (version.runningStatus === 'running' && running !== 'running') starts += 1;
      running = version.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => running, WAIT).toBe('running');

    // The push reaches the server, which applies it; its answer is withheld.
    const pushes = () =>
      proxy.log.filter((r) => r.path === '/api/v1/sync/push' && r.body.includes(OTHER_SUBJECT));
    const held = proxy.holdNext((r) => r.path === '/api/v1/sync/push' && r.body.includes(OTHER_SUBJECT));
    await panel.locator('[data-item="P01"]').getByRole('radio', { name: 'Đạt', exact: true }).check();
    const answered = await held.answered;
    expect(answered.status).toBe(200);
    const pushed = JSON.parse(pushes()[0]!.body) as { clientId: string; mutations: { seq: number }[] };
    expect(pushed.clientId).toBe(clientId);
    const [seq] = pushed.mutations.map((m) => m.seq);
    expect(JSON.parse(answered.body).results).toMatchObject([{ seq, status: 'applied' }]);

    // Stopped mid-sync: the answer never arrives, the outbox still holds the write.
    const startsBefore = starts;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => running, WAIT).toBe('stopped');
    held.drop();
    const stopped = await readLocal(panel);
    expect(stopped.outbox.map((entry) => entry.seq)).toEqual([seq]);
    expect(statusOf(stopped, OTHER_SUBJECT, 'P01')).toBe('dat');

    // Opening the side panel wakes the worker (its sync-now), which pushes the same seq again.
    await panel.reload();
    await expect.poll(() => starts, WAIT).toBeGreaterThan(startsBefore);
    await expect.poll(async () => (await readLocal(panel)).outbox.length, WAIT).toBe(0);
    await expect
      .poll(() => panel.locator('[data-sync-state]').getAttribute('data-sync-state'), WAIT)
      .toBe('synced');
    expect(pushes().length).toBeGreaterThanOrEqual(2);
    expect(
      pushes().every((r) => (JSON.parse(r.body) as typeof pushed).mutations.some((m) => m.seq === seq)),
    ).toBe(true);
    const after = await readLocal(panel);
    expect(statusOf(after, OTHER_SUBJECT, 'P01')).toBe('dat');
    expect(after.conflicts.filter((c) => c.subject === OTHER_SUBJECT)).toEqual([]);

    // D1: the write was applied once, recorded once (the replay was answered from that record,
    // without a new version), and its row exists once; no key of either table appears twice.
    const [log, rows, duplicates] = queryD1(
      worker,
      `SELECT client_id, seq, status, version FROM change_log WHERE unit_id = '${UNIT}' AND subject = '${OTHER_SUBJECT}' AND item_id = 'P01';
       SELECT fields, version FROM answer WHERE unit_id = '${UNIT}' AND subject = '${OTHER_SUBJECT}' AND item_id = 'P01';
       SELECT 'change_log' AS t, client_id || '|' || seq AS k, count(*) AS n FROM change_log GROUP BY client_id, seq HAVING n > 1
       UNION ALL SELECT 'answer', unit_id || '|' || subject || '|' || item_id, count(*) AS n FROM answer GROUP BY unit_id, subject, item_id HAVING n > 1`,
    ) as [{ version: number }[], { fields: string; version: number }[], unknown[]];
    expect(log).toEqual([{ client_id: clientId, seq, status: 'applied', version: expect.any(Number) }]);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.fields).status).toBe('dat');
    expect(rows[0]!.version).toBe(log[0]!.version);
    expect(duplicates).toEqual([]);
    await cdp.detach();
  });
});
