// IndexedDB for Dexie inside workerd: the extension's own database code runs here unchanged.
import 'fake-indexeddb/auto';
import { exports } from 'cloudflare:workers';
import { type CongKhaiDatabase, createDatabase } from '../../../extension/db/database.ts';
import { type AnswerInput, clearAnswer, saveAnswer } from '../../../extension/db/save-answer.ts';
import type { FetchLike } from '../../../extension/sync/call-server.ts';
import { enrollDevice } from '../../../extension/sync/enroll-device.ts';
import { runSync, type SyncOutcome } from '../../../extension/sync/run-sync.ts';

/** The address devices use; every request goes to the real worker app in this isolate. */
export const SERVER_URL = 'http://sync.test';

/**
 * The worker's own fetch handler: the Hono app with local D1, as deployed. Each request comes from
 * an address of its own (the devices sit in different offices), so the per-IP enrolment limit
 * does not stop a test that enrols hundreds of devices.
 */
export const toWorker: FetchLike = (request) => {
  const copy = new Request(request);
  copy.headers.set('CF-Connecting-IP', `10.${[...crypto.getRandomValues(new Uint8Array(3))].join('.')}`);
  return exports.default.fetch(copy);
};

export interface SyncDevice {
  name: string;
  db: CongKhaiDatabase;
  /** This device's clock: real time plus its skew. */
  now(): number;
  skewMs: number;
  /** What the sync code calls; tests swap it to lose, duplicate or delay requests. */
  fetch: FetchLike;
  enrol(code: string): Promise<void>;
  save(subject: string, itemId: string, fields: AnswerInput['fields']): Promise<string>;
  clear(subject: string, itemId: string): Promise<string>;
  sync(): Promise<SyncOutcome>;
}

/**
 * One browser profile of the extension: its own IndexedDB (fake-indexeddb), its own clock, and
 * the extension's real sync code (`runSync`, `enrollDevice`, `saveAnswer`) talking to the real
 * worker through `fetch`.
 */
export function createSyncDevice(name: string, skewMs = 0): SyncDevice {
  const device: SyncDevice = {
    name,
    db: createDatabase(`device-${name}-${crypto.randomUUID()}`),
    skewMs,
    now: () => Date.now() + device.skewMs,
    fetch: toWorker,
    async enrol(code) {
      await enrollDevice(device.db, (request) => device.fetch(request), SERVER_URL, code, name, device.now);
    },
    save: (subject, itemId, fields) => saveAnswer(device.db, { subject, itemId, fields }, device.now()),
    clear: (subject, itemId) => clearAnswer(device.db, { subject, itemId }, device.now()),
    sync: () => runSync(device.db, (request) => device.fetch(request), device.now),
  };
  return device;
}

/** A device's answers as the server holds rows: fields and stamps by key, for comparison. */
export async function localRows(db: CongKhaiDatabase) {
  return (await db.answers.toArray())
    .map(({ subject, itemId, fields, clocks }) => ({ key: `${subject}|${itemId}`, fields, clocks }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}
