import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill, MESSAGES } from '../../extension/i18n/messages.ts';
import { PROCEDURE_ITEMS, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { STATUS_LABELS } from '../../shared/checklist/item-status.ts';
import type { CatalogueProcedure, CatalogueResponse, PullResponse } from '../../shared/sync/protocol.ts';
import { runWrangler } from '../../worker/dev/run-wrangler.ts';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, startLocalWorker } from '../support/local-worker.ts';
import { LEGACY_CODE, openScannedPortalPage } from './scanned-portal-page.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
const UNIT = 'thcs-truong-son';
const UNCODED = ['hcm-gd-04', 'hcm-gd-09', 'hcm-gd-10', 'hcm-gd-11', 'hcm-gd-13'];
const TOTAL = PROCEDURE_ITEMS.length;
const WAIT = { timeout: 20_000 };
const vi = MESSAGES.vi;

/** Accents, đ and case folded the way a person expects a search to ignore them. */
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();

/** One store of the extension's IndexedDB, read from one of its pages: a row by key, or all rows. */
const readLocal = (page: Page, store: string, key?: string): Promise<unknown> =>
  page.evaluate(
    async ({ name, wanted }: { name: string; wanted: string | null }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('congkhai');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const objects = db.transaction(name).objectStore(name);
      const request = wanted === null ? objects.getAll() : objects.get(wanted);
      const result = await new Promise<unknown>((resolve) => {
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return result;
    },
    { name: store, wanted: key ?? null },
  );

const metaOf = async (page: Page, key: string) =>
  ((await readLocal(page, 'meta', key)) as { value: unknown } | undefined)?.value;

/** Waits until the side panel says "synced"; if it never does, says what its state was made of. */
async function waitSynced(panel: Page): Promise<void> {
  try {
    await expect
      .poll(() => panel.locator('[data-sync-state]').getAttribute('data-sync-state'), WAIT)
      .toBe('synced');
  } catch (error) {
    const waiting = ((await readLocal(panel, 'outbox')) as unknown[]).length;
    const lastError = JSON.stringify(await metaOf(panel, 'lastError'));
    throw new Error(`not synced: ${waiting} waiting, last error ${lastError}`, { cause: error });
  }
}

/** The procedures the worklist shows, by key, sorted. */
const shownKeys = (panel: Page) =>
  panel
    .locator('[data-procedure]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-procedure') ?? '').sort());

/** The checklist's rows shown, by item id, in order. */
const shownItems = (panel: Page) =>
  panel.locator('[data-item]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item') ?? ''));

/** Each row's automatic status as the side panel shows it. */
const automaticStatuses = (panel: Page) =>
  panel
    .locator('[data-item]')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute('data-item') ?? '',
          row.querySelector('[data-auto-status]')?.getAttribute('data-auto-status') ?? null,
        ]),
      ),
    );

/** The answer each shown row has checked, for the rows that have one. */
const checkedStatuses = (panel: Page) =>
  panel.locator('[data-item]').evaluateAll((rows) =>
    Object.fromEntries(
      rows.flatMap((row) => {
        const checked = row.querySelector<HTMLInputElement>('.choices input[type=radio]:checked');
        return checked ? [[row.getAttribute('data-item') ?? '', checked.value]] : [];
      }),
    ),
  );

const progressOf = (panel: Page) => panel.locator('p.progress[data-progress]').textContent();
const answered = (count: number, failing = 0) =>
  fill(vi.answeredOf, { answered: count, total: TOTAL }) +
  (failing > 0 ? ` · ${fill(vi.failingCount, { count: failing })}` : '');
const statusRadio = (panel: Page, itemId: string, status: keyof typeof STATUS_LABELS) =>
  panel
    .locator(`[data-item="${itemId}"]`)
    .getByRole('radio', { name: STATUS_LABELS[status].vi, exact: true });

// Issue #8, the clerk's day, as THCS Trường Sơn's văn thư lives it against wrangler dev with the
// demo seed: the worklist of the unit's nine procedures, one-step capture of a portal page with
// its undo, a whole procedure by keyboard, and answers given offline that wait and then go.
describe("the clerk's day", () => {
  let worker: LocalWorker;
  let browser: LoadedExtension;
  let token = '';
  let catalogue: CatalogueProcedure[] = [];

  const openPanel = async (route: string): Promise<Page> => {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html${route}`);
    return panel;
  };

  /** The worker's device API, as this profile's enrolled device. */
  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${worker.url}/api/v1${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
      throw new Error('Build the extension first: npx wxt build');
    worker = await startLocalWorker(8805);
    // The seed's story has Chuyển trường (the one catalogue procedure with saved portal pages)
    // fully checked already; this quarter's clerk captures it afresh.
    runWrangler(
      [
        'd1',
        'execute',
        'DB',
        '--local',
        '--persist-to',
        worker.state!,
        '--command',
        "DELETE FROM answer WHERE unit_id = 'thcs-truong-son' AND subject = '2.002481'",
      ],
      ROOT,
    );
    browser = await launchExtension(EXTENSION_DIR);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.id}/options.html`);
    await options.getByLabel(vi.serverUrl).fill(worker.url);
    await options.getByLabel(vi.enrolmentCode).fill('DEMO-TRUONGSON');
    await options.getByRole('button', { name: vi.enrol }).click();
    await options.locator('[data-enrolled-unit]').waitFor(WAIT);
    token = String(await metaOf(options, 'token'));
    await options.close();
    catalogue = (await api<CatalogueResponse>('/catalogue')).procedures;
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it('worklist: the nine assigned procedures by name, grouped by field, coded or not', async () => {
    expect(catalogue).toHaveLength(9);
    expect(catalogue.filter((procedure) => procedure.code === null).map((p) => p.key)).toEqual(UNCODED);
    const panel = await openPanel('#/list');
    await expect.poll(() => panel.locator('[data-procedure]').count(), WAIT).toBe(catalogue.length);

    const fields = [...new Set(catalogue.map((procedure) => procedure.field))];
    expect(
      (await panel.locator('[data-worklist] > section:has([data-procedure]) > h2').allTextContents()).sort(),
    ).toEqual(fields.sort());
    for (const field of fields) {
      const group = panel
        .locator('[data-worklist] > section')
        .filter({ has: panel.getByRole('heading', { level: 2, name: field, exact: true }) });
      const names = await group.locator('[data-procedure] > a[lang="vi"]').allTextContents();
      expect(names.sort()).toEqual(
        catalogue
          .filter((procedure) => procedure.field === field)
          .map((procedure) => procedure.name)
          .sort(),
      );
    }
    for (const key of UNCODED) {
      const row = panel.locator(`[data-procedure="${key}"]`);
      expect(await row.locator('a[lang="vi"]').textContent()).toBe(
        catalogue.find((p) => p.key === key)?.name,
      );
      expect(await row.locator('.code').textContent()).toBe(vi.noCodeYet);
      expect(await row.locator('.portal-link').count()).toBe(0);
    }
    expect(await panel.locator(`[data-procedure="${LEGACY_CODE}"] .portal-link`).count()).toBe(1);

    // The search ignores accents and case.
    const search = panel.getByLabel(vi.searchProcedures);
    for (const typed of ['chuyen truong', 'CHUYỂN TRƯỜNG']) {
      await search.fill(typed);
      const wanted = catalogue.filter((procedure) => fold(procedure.name).includes(fold(typed)));
      expect(wanted.map((procedure) => procedure.key)).toEqual([LEGACY_CODE]);
      await expect.poll(() => shownKeys(panel)).toEqual([LEGACY_CODE]);
    }
    await search.fill('');
    await expect.poll(() => panel.locator('[data-procedure]').count()).toBe(catalogue.length);

    // The unit items have their own entry.
    await panel.locator('[data-unit-entry]').click();
    await expect.poll(() => panel.locator('[data-item^="U"]').count()).toBe(UNIT_ITEMS.length);
    await panel.getByRole('link', { name: vi.backToWorklist }).click();
    await panel.locator('[data-procedure]').first().waitFor();
    await panel.close();
  });

  it('worklist: a procedure without a portal page opens its checklist by a click', async () => {
    const panel = await openPanel('#/list');
    const procedure = catalogue.find((candidate) => candidate.key === 'hcm-gd-04')!;
    await panel.getByRole('link', { name: procedure.name, exact: true }).click();
    const heading = panel.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(`${procedure.name} ${vi.noCodeYet}`);
    expect(await panel.locator('[data-item]').count()).toBe(TOTAL);
    expect(await panel.locator('[data-not-in-catalogue]').count()).toBe(0);
    // No page was read, so there is nothing automatic to accept; the person answers.
    expect(await panel.locator('[data-accept-automatic]').count()).toBe(0);
    await statusRadio(panel, 'P01', 'chua_dat').check();
    await expect.poll(() => progressOf(panel)).toBe(answered(1, 1));
    await panel.close();
  });

  it('one-step capture: "Dùng kết quả tự động" fills what the scanner decided, one undo takes it back', async () => {
    const page = await openScannedPortalPage(browser.context);
    const panel = await openPanel(`#/p/${LEGACY_CODE}`);
    const accept = panel.locator('[data-accept-automatic]');
    await accept.waitFor(WAIT);
    expect(await accept.textContent()).toBe(vi.acceptAutomatic);
    expect(await progressOf(panel)).toBe(answered(0));
    const automatic = await automaticStatuses(panel);
    const decided = Object.fromEntries(
      Object.entries(automatic).filter(([, status]) => status && status !== 'chua_kiem_tra'),
    );
    const count = Object.keys(decided).length;
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThan(TOTAL);

    await accept.click();
    await expect.poll(() => progressOf(panel)).toBe(answered(count));
    expect(await checkedStatuses(panel)).toEqual(decided);
    // With its evidence: the excerpt that decided, stored with the answer.
    const stored = (await readLocal(panel, 'answers')) as {
      subject: string;
      itemId: string;
      fields: { status?: string; evidence?: string | null };
    }[];
    const mine = stored.filter((answer) => answer.subject === LEGACY_CODE && answer.fields.status);
    expect(mine.map((answer) => answer.itemId).sort()).toEqual(Object.keys(decided).sort());
    const withExcerpt = await panel
      .locator('[data-item]:has([data-evidence])')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item')));
    const acceptedWithExcerpt = withExcerpt.filter((itemId) => itemId !== null && itemId in decided);
    expect(acceptedWithExcerpt.length).toBeGreaterThan(5);
    for (const itemId of acceptedWithExcerpt)
      expect(mine.find((answer) => answer.itemId === itemId)?.fields.evidence, itemId!).toBeTruthy();

    const undo = panel.locator('[data-undo-automatic]');
    expect(await undo.textContent()).toBe(fill(vi.undoAutomatic, { count }));
    await undo.click();
    await expect.poll(() => progressOf(panel)).toBe(answered(0));
    expect(await checkedStatuses(panel)).toEqual({});
    expect(await undo.count()).toBe(0);

    // An answer against the automatic result is marked; one where nothing was decided is not.
    const met = Object.keys(decided).find((itemId) => decided[itemId] === 'dat')!;
    const open = Object.keys(automatic).find((itemId) => automatic[itemId] === 'chua_kiem_tra')!;
    await statusRadio(panel, met, 'chua_dat').check();
    await statusRadio(panel, open, 'dat').check();
    const differs = panel.locator('[data-mark="differs"]');
    await expect.poll(() => differs.count()).toBe(1);
    expect(await panel.locator(`[data-item="${met}"] [data-mark="differs"]`).textContent()).toBe(
      vi.differsFromAutomatic,
    );
    expect(await panel.locator(`[data-item="${open}"] [data-mark]`).getAttribute('data-mark')).toBe('self');

    // Accepting now leaves the person's answers alone, and its undo keeps them too.
    await accept.click();
    await expect.poll(() => progressOf(panel)).toBe(answered(count + 1, 1));
    expect((await checkedStatuses(panel))[met]).toBe('chua_dat');
    await undo.click();
    await expect.poll(() => progressOf(panel)).toBe(answered(2, 1));
    expect(await checkedStatuses(panel)).toEqual({ [met]: 'chua_dat', [open]: 'dat' });

    // The row filter: unanswered, failing, all.
    await panel.getByRole('radio', { name: vi.filterUnanswered, exact: true }).check();
    await expect
      .poll(() => shownItems(panel))
      .toEqual(PROCEDURE_ITEMS.map((item) => item.id).filter((id) => id !== met && id !== open));
    await panel.getByRole('radio', { name: vi.filterFailing, exact: true }).check();
    await expect.poll(() => shownItems(panel)).toEqual([met]);
    await panel.getByRole('radio', { name: vi.filterAll, exact: true }).check();
    await expect.poll(() => shownItems(panel)).toHaveLength(TOTAL);

    // Back to a procedure nobody has answered, for the keyboard.
    for (const itemId of [met, open])
      await panel.locator(`[data-item="${itemId}"]`).getByRole('button', { name: vi.clearAnswer }).click();
    await expect.poll(() => progressOf(panel)).toBe(answered(0));
    await panel.close();
    await page.close();
  });

  it('keyboard: a whole procedure captured without the mouse in at most 25 key presses', async () => {
    const page = await openScannedPortalPage(browser.context);
    const panel = await openPanel(`#/p/${LEGACY_CODE}`);
    await panel.locator('[data-accept-automatic]').waitFor(WAIT);
    expect(await progressOf(panel)).toBe(answered(0));
    const automatic = await automaticStatuses(panel);
    const decided = Object.values(automatic).filter((status) => status && status !== 'chua_kiem_tra').length;

    let presses = 0;
    const press = async (key: string) => {
      presses += 1;
      await panel.keyboard.press(key);
    };
    const focusIn = (selector: string) =>
      panel.evaluate((wanted) => document.activeElement?.closest(wanted) != null, selector);
    const tabTo = async (selector: string) => {
      for (let tabs = 0; tabs < 10 && !(await focusIn(selector)); tabs += 1) await press('Tab');
      expect(await focusIn(selector)).toBe(true);
    };

    await tabTo('[data-accept-automatic]');
    await press('Enter');
    await expect.poll(() => progressOf(panel)).toBe(answered(decided));
    // Only the rows left to the person: the filter's radio group, then the arrow key.
    await tabTo('input[name="row-filter"]');
    await press('ArrowRight');
    await expect
      .poll(() => panel.locator('input[name="row-filter"]:checked').getAttribute('value'))
      .toBe('unanswered');
    const left = await panel.locator('[data-item]').count();
    expect(left).toBe(TOTAL - decided);
    await tabTo('[data-item]');
    // Keys 1–4 answer the focused row and move on to the next one.
    for (let row = 0; row < left; row += 1) await press('1');
    await expect.poll(() => progressOf(panel)).toBe(answered(TOTAL));

    console.info(`keyboard capture of ${LEGACY_CODE}: ${presses} key presses`);
    expect(presses).toBeLessThanOrEqual(25);
    await panel.getByRole('radio', { name: vi.filterAll, exact: true }).check();
    expect(Object.keys(await checkedStatuses(panel))).toHaveLength(TOTAL);
    await panel.close();
    await page.close();
  });

  it('keyboard: digits typed into the link or the date of a row are typing, not answers', async () => {
    const panel = await openPanel('#/p/hcm-gd-10');
    const row = panel.locator('[data-item="P06"]');
    await row.locator('details.item-evidence > summary').click();
    const link = row.getByLabel(vi.evidenceLink);
    await link.focus();
    await panel.keyboard.type('https://thcs-truongson.edu.vn/tin/1234');
    expect(await link.inputValue()).toBe('https://thcs-truongson.edu.vn/tin/1234');
    const date = row.getByLabel(vi.datePostedOn);
    await date.focus();
    // 1 January reads the same whichever order the browser's locale puts day and month in. Typed
    // at a person's pace, so that what the field commits halfway (year 2, 20, 202) lands mid-typing.
    await panel.keyboard.type('01012026', { delay: 150 });
    expect(await date.inputValue()).toBe('2026-01-01');
    expect(
      await panel.evaluate(() => document.activeElement?.closest('[data-item]')?.getAttribute('data-item')),
    ).toBe('P06');
    expect(await checkedStatuses(panel)).toEqual({});
    // The day stored is the one typed, not a year typed halfway (2, 20, 202).
    const storedDate = async () =>
      (
        (await readLocal(panel, 'answers')) as {
          subject: string;
          itemId: string;
          fields: { date?: string };
        }[]
      ).find((answer) => answer.subject === 'hcm-gd-10' && answer.itemId === 'P06')?.fields.date;
    await expect.poll(storedDate, WAIT).toBe('2026-01-01');
    await panel.close();
  });

  it('worklist filters: not started, failing, needs re-check, done', async () => {
    // The portal page changed since the answers (online submission added, the form dropped).
    const page = await openScannedPortalPage(browser.context, undefined, 'no-form-online');
    const panel = await openPanel('#/list');
    await waitSynced(panel);

    // What the server holds for the unit (the seed's story and this day's answers) decides the
    // expected rows; the re-check is the device's own change watch.
    const pulled = await api<PullResponse>(`/sync/pull?unit=${UNIT}&limit=1000`);
    expect(pulled.hasMore).toBe(false);
    const statuses = new Map<string, Map<string, string>>();
    for (const row of pulled.rows) {
      if (row.deleted || !row.fields.status) continue;
      const of = statuses.get(row.subject) ?? new Map<string, string>();
      of.set(row.itemId, row.fields.status);
      statuses.set(row.subject, of);
    }
    const keys = (test: (of: Map<string, string>) => boolean) =>
      catalogue
        .filter((procedure) => test(statuses.get(procedure.key) ?? new Map()))
        .map((procedure) => procedure.key)
        .sort();
    const expected = {
      notStarted: keys((of) => of.size === 0),
      failing: keys((of) => [...of.values()].includes('chua_dat')),
      recheck: [LEGACY_CODE],
      done: keys((of) =>
        PROCEDURE_ITEMS.every((item) => ['dat', 'khong_ap_dung'].includes(of.get(item.id) ?? '')),
      ),
    };
    // The state this day made: Chuyển trường done, hcm-gd-04 failing, the rest as the seed left it.
    expect(expected.done).toEqual([LEGACY_CODE]);
    expect(expected.failing).toContain('hcm-gd-04');
    expect(expected.notStarted).not.toContain('hcm-gd-04');
    expect(expected.notStarted.length).toBeGreaterThan(3);

    const filters: [keyof typeof expected, string][] = [
      ['notStarted', vi.filterNotStarted],
      ['failing', vi.filterFailing],
      ['recheck', vi.filterRecheck],
      ['done', vi.filterDone],
    ];
    for (const [filter, label] of filters) {
      await panel.getByRole('radio', { name: `${label} (${expected[filter].length})`, exact: true }).check();
      await expect.poll(() => shownKeys(panel), WAIT).toEqual(expected[filter]);
    }
    expect(await panel.locator(`[data-procedure="${LEGACY_CODE}"] .recheck-mark`).textContent()).toBe(
      vi.recheckNeeded,
    );
    await panel.close();
    await page.close();
  });

  it('offline: answers wait with their count and the last sync time, "Gửi ngay" sends them', async () => {
    const opened = Date.now();
    const panel = await openPanel('#/p/hcm-gd-09');
    const sync = panel.locator('[data-sync-state]');
    const line = panel.locator('.sync-line');
    // The sync that opening the panel asks for has gone through.
    await expect.poll(async () => Number(await metaOf(panel, 'lastSyncAt')), WAIT).toBeGreaterThan(opened);
    await waitSynced(panel);
    const lastSyncAt = Number(await metaOf(panel, 'lastSyncAt'));

    await browser.context.setOffline(true);
    try {
      await statusRadio(panel, 'P01', 'dat').check();
      // The try fails on the network...
      await expect
        .poll(async () => ((await metaOf(panel, 'lastError')) as { code?: string } | null)?.code, WAIT)
        .toBe('network');
      await statusRadio(panel, 'P06', 'chua_dat').check();
      // ...and the panel says the answers wait, not that something is wrong, with the time of the
      // last sync that went through (formatted as extension/ui/format-time.ts does).
      const at = await panel.evaluate(
        (ms) => new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' }).format(ms),
        lastSyncAt,
      );
      await expect
        .poll(() => line.textContent())
        .toBe(`${fill(vi.syncWaiting, { count: 2 })} · ${fill(vi.syncLastAt, { at })} ${vi.sendNow}`);
      expect(await sync.getAttribute('data-sync-state')).toBe('waiting');
      expect(await metaOf(panel, 'lastSyncAt')).toBe(lastSyncAt);
      expect(await panel.locator('.sync [role="alert"]').count()).toBe(0);
      expect(await panel.getByRole('button', { name: vi.openOptions }).count()).toBe(0);
    } finally {
      await browser.context.setOffline(false);
    }

    await panel.locator('[data-send-now]').click();
    await waitSynced(panel);
    expect(await readLocal(panel, 'outbox')).toEqual([]);
    expect(await line.textContent()).toMatch(new RegExp(`^${vi.syncSynced} · `));
    expect(await metaOf(panel, 'lastSyncAt')).toBeGreaterThan(lastSyncAt);

    // The worker's D1 has them.
    const pulled = await api<PullResponse>(`/sync/pull?unit=${UNIT}&limit=1000`);
    const held = (itemId: string) =>
      pulled.rows.find((row) => row.subject === 'hcm-gd-09' && row.itemId === itemId)?.fields.status;
    expect([held('P01'), held('P06')]).toEqual(['dat', 'chua_dat']);
    await panel.close();
  });
});
