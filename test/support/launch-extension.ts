import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** Pinned by the manifest key in wxt.config.ts. */
export const EXTENSION_ID = 'pdilopegpfmagjekjkieecglomhocdnp';

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  close(): Promise<void>;
}

/**
 * Headless Debian Chromium with the built extension loaded, in a fresh profile. Background
 * networking is off because this machine's network is closed and Chromium's own calls would fail.
 */
export async function launchExtension(extensionDir: string): Promise<LoadedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'congkhai-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
