import autocannon, { type Client, type Request, type Result } from 'autocannon';
import { PROCEDURE_ITEMS, TEMPLATE_VERSION, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { ITEM_STATUSES } from '../../shared/checklist/item-status.ts';
import { encodeHlc, type Hlc, tickHlc } from '../../shared/sync/hlc.ts';
import {
  type ErrorResponse,
  type Mutation,
  PROTOCOL_VERSION,
  type PullResponse,
  type PushResponse,
  UNIT_SUBJECT,
} from '../../shared/sync/protocol.ts';
import type { LoadDevice } from './load-seed.ts';
import { procedureKey } from './seed-sql.ts';

/** Mutations per push: a person's few answers since the last sync, not an outbox backlog. */
export const MUTATIONS_PER_PUSH = 10;

type Kind = 'push' | 'pull';

/** What one load run saw, besides autocannon's own result. */
export interface LoadTally {
  /** Every answer read, by request kind: its status and time from request sent to answer read. */
  answers: { kind: Kind; status: number; ms: number }[];
  /** Non-2xx answers by `kind status error-code`, e.g. `push 429 rate_limited`. */
  refusals: Map<string, number>;
  /** The results of the mutations in the pushes answered 200. */
  mutations: Record<'applied' | 'superseded' | 'rejected', number>;
  /** Rejection reasons, if any (each is a bench bug or a server bug: the bodies are valid). */
  rejections: Map<string, number>;
  pulledRows: number;
}

export interface LoadRun extends LoadTally {
  result: Result;
  devices: number;
}

/** Every key a unit's devices answer: each P-item of each assigned procedure, and the U-items. */
function unitKeys(procedures: number): { subject: string; itemId: string }[] {
  return [
    ...Array.from({ length: procedures }, (_, p) =>
      PROCEDURE_ITEMS.map((item) => ({ subject: procedureKey(p + 1), itemId: item.id })),
    ).flat(),
    ...UNIT_ITEMS.map((item) => ({ subject: UNIT_SUBJECT, itemId: item.id })),
  ];
}

const count = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/** The error code of an API error body, or `?` when it is not one. */
function errorCode(body: string): string {
  try {
    return (JSON.parse(body) as ErrorResponse).error.code;
  } catch {
    return '?';
  }
}

/**
 * The requests of one device: a push of {@link MUTATIONS_PER_PUSH} answers, then a pull of its
 * unit from where its last pull ended, again and again. Each push is built right before it is
 * sent: seqs go on strictly increasing, stamps are HLCs of the device's clock at that moment, and
 * its keys move on through the unit's keys from a place of the device's own, so the devices of a
 * unit overwrite each other's answers. What the answers say is added to `run`.
 */
function deviceRequests(
  device: LoadDevice,
  offset: number,
  keys: readonly { subject: string; itemId: string }[],
  run: LoadTally,
  last: { kind: Kind },
): Request[] {
  let seq = 0;
  let pushes = 0;
  let cursor = 0;
  let clock: Hlc | null = null;
  const headers = {
    authorization: `Bearer ${device.token}`,
    'cf-connecting-ip': device.ip,
  };
  const push: Request = {
    setupRequest: (request) => {
      const now = Date.now();
      const mutations = Array.from({ length: MUTATIONS_PER_PUSH }, (_, j): Mutation => {
        const key = keys[(offset + pushes * MUTATIONS_PER_PUSH + j) % keys.length]!;
        clock = tickHlc(clock, now, device.clientId);
        seq += 1;
        return {
          seq,
          unitId: device.unitId,
          subject: key.subject,
          itemId: key.itemId,
          fields: {
            status: ITEM_STATUSES[(pushes + j) % ITEM_STATUSES.length]!,
            note: `Lần ${pushes}: đối chiếu tại bộ phận một cửa`,
            checkedBy: `Máy tải ${device.id}`,
            checkedAt: now,
            templateVersion: TEMPLATE_VERSION,
          },
          hlc: encodeHlc(clock),
        };
      });
      pushes += 1;
      return {
        ...request,
        method: 'POST',
        path: '/api/v1/sync/push',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ v: PROTOCOL_VERSION, clientId: device.clientId, mutations }),
      };
    },
    onResponse: (status, body) => {
      last.kind = 'push';
      if (status !== 200) {
        count(run.refusals, `push ${status} ${errorCode(body)}`);
        return;
      }
      for (const result of (JSON.parse(body) as PushResponse).results) {
        run.mutations[result.status] += 1;
        if (result.status === 'rejected') count(run.rejections, result.reason ?? '?');
      }
    },
  };
  const pull: Request = {
    setupRequest: (request) => ({
      ...request,
      method: 'GET',
      path: `/api/v1/sync/pull?${new URLSearchParams({ unit: device.unitId, cursor: String(cursor), client: device.clientId })}`,
      headers,
    }),
    onResponse: (status, body) => {
      last.kind = 'pull';
      if (status !== 200) {
        count(run.refusals, `pull ${status} ${errorCode(body)}`);
        return;
      }
      const page = JSON.parse(body) as PullResponse;
      run.pulledRows += page.rows.length;
      cursor = page.cursor;
    },
  };
  return [push, pull];
}

/**
 * 100 devices (one autocannon connection each, every one sending its next request as soon as its
 * answer is read) push and pull against `url` for `seconds`. Each device has its own token, client
 * id and `CF-Connecting-IP`; its unit's `procedures` procedures are all assigned.
 */
export async function runLoad(
  url: string,
  devices: readonly LoadDevice[],
  procedures: number,
  seconds: number,
): Promise<LoadRun> {
  const keys = unitKeys(procedures);
  const run: LoadTally = {
    answers: [],
    refusals: new Map(),
    mutations: { applied: 0, superseded: 0, rejected: 0 },
    rejections: new Map(),
    pulledRows: 0,
  };
  // autocannon creates its connections one after another, each calling setupClient once.
  let next = 0;
  const setupClient = (client: Client): void => {
    const k = next;
    next += 1;
    const device = devices[k]!;
    const last: { kind: Kind } = { kind: 'push' };
    // Each device starts at a place of its own in its unit's keys and goes round them all: the
    // devices of a unit keep writing the same keys a few pushes apart.
    client.setRequests(deviceRequests(device, k * 11, keys, run, last));
    // `response` follows the request's onResponse, which set the kind.
    client.on('response', (status, _bytes, ms) => run.answers.push({ kind: last.kind, status, ms }));
  };
  const result = await autocannon({ url, connections: devices.length, duration: seconds, setupClient });
  return { ...run, result, devices: devices.length };
}

/**
 * The trivial route (`GET /assets/dashboard.css`, no database) with as many connections for
 * `seconds`: what the machine, workerd and the app's middleware serve at most. Returns autocannon's
 * result and the time of every answer, measured as for the load.
 */
export async function runBaseline(
  url: string,
  connections: number,
  seconds: number,
): Promise<{ result: Result; ms: number[] }> {
  const ms: number[] = [];
  const setupClient = (client: Client): void => {
    client.on('response', (_status, _bytes, time) => ms.push(time));
  };
  const result = await autocannon({
    url: `${url}/assets/dashboard.css`,
    connections,
    duration: seconds,
    setupClient,
  });
  return { result, ms };
}
