import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type LoadedExtension, launchExtension } from '../support/launch-extension.ts';
import { type LocalWorker, ROOT, startLocalWorker } from '../support/local-worker.ts';
import { type SwitchableProxy, startSwitchableProxy } from '../support/switchable-proxy.ts';

const EXTENSION_DIR = `${ROOT}.output/chrome-mv3`;
const SUBJECT = '2.002481';
const WAIT = { timeout: 20_000 };

interface Device {
  browser: LoadedExtension;
  panel: Page;
}

/** Asks the background for a sync now from an extension page. */
const syncNow = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({
      type: 'sync-now',
      force: true,
    }),
  );

/** Photos of a row in IndexedDB: the answer's hashes and whether each photo waits to be sent. */
const photosOf = (page: Page, itemId: string) =>
  page.evaluate(
    async ([subject, item]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('congkhai');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const get = <T>(store: string, key: IDBValidKey) =>
        new Promise<T>((resolve) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result as T);
        });
      const answer = await get<{ fields: { photos?: string[] } } | undefined>('answers', [subject, item]);
      const hashes = answer?.fields.photos ?? [];
      const stored = await Promise.all(
        hashes.map((hash) => get<{ uploaded: number; size: number } | undefined>('photos', hash)),
      );
      db.close();
      return hashes.map((hash, i) => ({ hash, uploaded: stored[i]?.uploaded, size: stored[i]?.size }));
    },
    [SUBJECT, itemId] as const,
  );

// A photo of the office board, taken offline on one profile, reaches the server (R2) when the
// network returns and shows on another profile of the same unit.
describe('photos as evidence', () => {
  let worker: LocalWorker;
  let proxy: SwitchableProxy;
  let a: Device;
  let b: Device;
  const files = mkdtempSync(join(tmpdir(), 'congkhai-photo-'));
  let photo = '';

  async function openDevice(): Promise<Device> {
    const browser = await launchExtension(EXTENSION_DIR);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.id}/options.html`);
    await options.getByLabel('Địa chỉ máy chủ').fill(proxy.url);
    await options.getByLabel('Mã kích hoạt').fill('DEMO-TRUONGSON');
    await options.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
    await options.locator('[data-enrolled-unit]').waitFor(WAIT);
    await options.close();
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.id}/sidepanel.html#/p/${SUBJECT}`);
    return { browser, panel };
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install -y chromium');
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
      throw new Error('Build the extension first: npx wxt build');
    worker = await startLocalWorker(8789);
    proxy = await startSwitchableProxy(worker.url);
    // A real, large photo: a 2400 × 1800 screenshot of a colourful page, which must be resized.
    const shooter = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    const page = await shooter.newPage({ viewport: { width: 2400, height: 1800 } });
    await page.setContent(
      '<body style="margin:0;background:linear-gradient(45deg,#c00,#0c0,#00c,#cc0)"><h1 style="font-size:200px">Bảng niêm yết</h1></body>',
    );
    photo = join(files, 'bang-niem-yet.png');
    writeFileSync(photo, await page.screenshot({ type: 'png' }));
    await shooter.close();
    [a, b] = [await openDevice(), await openDevice()];
  });

  afterAll(async () => {
    await a?.browser.close();
    await b?.browser.close();
    await proxy?.close();
    await worker?.stop();
    rmSync(files, { recursive: true, force: true });
  });

  it('takes a photo offline, resized, waiting in IndexedDB', async () => {
    proxy.setOnline(false);
    const row = a.panel.locator('[data-item="P06"]');
    await row.locator('details.item-evidence > summary').click();
    await row.getByLabel('Ngày niêm yết').fill('2026-11-30');
    await row.getByLabel('Thêm ảnh (chụp hoặc chọn tệp)').setInputFiles(photo);

    await expect.poll(() => row.locator('img[data-photo]').count(), WAIT).toBe(1);
    const [stored] = await photosOf(a.panel, 'P06');
    expect(stored?.uploaded).toBe(0);
    expect(stored?.size).toBeLessThanOrEqual(400 * 1024);
    const { width, height } = await row.locator('img[data-photo]').evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    });
    expect(Math.max(width, height)).toBeLessThanOrEqual(1600);
  });

  it('sends it when the network returns, and the other profile of the unit shows it', async () => {
    proxy.setOnline(true);
    await syncNow(a.panel);
    await expect.poll(async () => (await photosOf(a.panel, 'P06'))[0]?.uploaded, WAIT).toBe(1);

    await syncNow(b.panel);
    const row = b.panel.locator('[data-item="P06"]');
    await expect.poll(() => row.locator('img[data-photo]').count(), WAIT).toBe(1);
    await expect
      .poll(
        () =>
          row
            .locator('img[data-photo]')
            .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        WAIT,
      )
      .toBe(true);
    expect(await row.getByLabel('Ngày niêm yết').inputValue()).toBe('2026-11-30');
  });
});
