import * as v from 'valibot';
import type { FetchLike } from '../../../extension/sync/call-server.ts';
import type { AnswerFields } from '../../../shared/sync/answer-fields.ts';
import { type AnswerState, mergeAnswer } from '../../../shared/sync/merge-answer.ts';
import { PushRequestSchema, type PushResult, type SyncRow } from '../../../shared/sync/protocol.ts';

export interface FakeSyncServer {
  fetch: FetchLike;
  requests: { method: string; path: string; body: unknown }[];
  rows: Map<string, SyncRow>;
  /** While true every request fails as a dropped connection would. */
  offline: boolean;
  revoked: boolean;
  /** Mutations for these item ids are refused (as a validation failure would be). */
  rejectItems: Set<string>;
  /** Another device's write, applied as a push would apply it. */
  write(subject: string, itemId: string, fields: AnswerFields, hlc: string): void;
}

const UNIT = { id: 'u-phan-tay-ho', name: 'THCS Phan Tây Hồ' };
const TOKEN = 'token-1';

/**
 * An in-memory stand-in for the worker's sync routes, implementing docs/architecture.md §3 with the
 * same shared merge: seq-ordered idempotent push, versioned rows, pull by cursor in pages.
 */
export function createFakeSyncServer({ pageSize = 500 } = {}): FakeSyncServer {
  let version = 0;
  const lastSeq = new Map<string, number>();
  const rows = new Map<string, SyncRow>();

  const apply = (
    subject: string,
    itemId: string,
    fields: AnswerFields,
    hlc: string,
  ): PushResult['status'] => {
    const key = `${subject}|${itemId}`;
    const held = rows.get(key);
    const current: AnswerState | null = held ? { fields: held.fields, clocks: held.clocks } : null;
    const { next, applied } = mergeAnswer(current, fields, hlc);
    if (applied.length === 0) return 'superseded';
    version += 1;
    rows.set(key, {
      unitId: UNIT.id,
      subject,
      itemId,
      ...next,
      clocks: next.clocks as Record<string, string>,
      version,
      deleted: false,
    });
    return 'applied';
  };

  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const error = (status: number, code: string) => json({ error: { code, message: code } }, status);

  const server: FakeSyncServer = {
    requests: [],
    rows,
    offline: false,
    revoked: false,
    rejectItems: new Set(),
    write: (subject, itemId, fields, hlc) => void apply(subject, itemId, fields, hlc),
    async fetch(request) {
      if (server.offline) throw new TypeError('Failed to fetch');
      const url = new URL(request.url);
      const body: unknown = request.method === 'POST' ? await request.json() : undefined;
      server.requests.push({ method: request.method, path: url.pathname, body });

      if (url.pathname === '/api/v1/devices/enroll') {
        const code = (body as { code: string }).code;
        if (code !== 'GOOD-CODE') return error(400, 'code_used');
        return json({ token: TOKEN, deviceId: 'device-1', unit: UNIT });
      }
      if (request.headers.get('authorization') !== `Bearer ${TOKEN}`) return error(401, 'unauthorized');
      if (server.revoked) return error(401, 'token_revoked');

      if (url.pathname === '/api/v1/sync/push') {
        const push = v.parse(PushRequestSchema, body);
        const results: PushResult[] = [];
        let last = lastSeq.get(push.clientId) ?? 0;
        for (const m of [...push.mutations].sort((a, b) => a.seq - b.seq)) {
          if (m.seq <= last) continue;
          last = m.seq;
          if (m.unitId !== UNIT.id) results.push({ seq: m.seq, status: 'rejected', reason: 'other_unit' });
          else if (server.rejectItems.has(m.itemId))
            results.push({ seq: m.seq, status: 'rejected', reason: 'invalid' });
          else results.push({ seq: m.seq, status: apply(m.subject, m.itemId, m.fields, m.hlc) });
        }
        // As the worker does: a mutation that did not apply comes back with the row the server holds.
        for (const result of results) {
          const m = push.mutations.find((mutation) => mutation.seq === result.seq);
          if (result.status !== 'applied' && m?.unitId === UNIT.id) {
            result.row = rows.get(`${m.subject}|${m.itemId}`) ?? null;
          }
        }
        lastSeq.set(push.clientId, last);
        return json({ v: 1, lastSeq: last, results });
      }
      if (url.pathname === '/api/v1/sync/pull') {
        const cursor = Number(url.searchParams.get('cursor') ?? 0);
        const after = [...rows.values()]
          .filter((row) => row.version > cursor)
          .sort((a, b) => a.version - b.version);
        const page = after.slice(0, pageSize);
        return json({
          v: 1,
          rows: page,
          cursor: page.at(-1)?.version ?? cursor,
          hasMore: after.length > page.length,
          lastSeq: lastSeq.get(url.searchParams.get('client') ?? '') ?? 0,
        });
      }
      if (url.pathname === '/api/v1/catalogue') {
        return json({
          v: 1,
          unit: UNIT,
          procedures: [
            { key: '2.000815', code: '2.000815', name: 'Chuyển trường', field: 'Giáo dục', level: 'Xã' },
          ],
        });
      }
      return error(404, 'not_found');
    },
  };
  return server;
}
