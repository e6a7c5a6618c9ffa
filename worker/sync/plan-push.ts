import { findItem } from '../../shared/checklist/checklist-items.ts';
import { type AnswerField, type AnswerFields, isCleared } from '../../shared/sync/answer-fields.ts';
import { MAX_CLOCK_SKEW_MS } from '../../shared/sync/clock-skew.ts';
import { decodeHlc } from '../../shared/sync/hlc.ts';
import { mergeAnswer } from '../../shared/sync/merge-answer.ts';
import { type Mutation, type PushResult, type SyncRow, UNIT_SUBJECT } from '../../shared/sync/protocol.ts';
import { type PushState, rowKey } from '../db/read-push-state.ts';

/** One mutation as the append-only change log records it. */
export interface LogEntry {
  mutation: Mutation;
  status: PushResult['status'];
  reason: string | null;
  version: number | null;
  oldFields: AnswerFields | null;
  lostFields: AnswerField[];
}

export interface PushPlan {
  lastSeq: number;
  /** The unit's version counter after this push: every applied mutation took the next version. */
  counter: number;
  /** Results of the seqs new to the server, in seq order (rows are added after the write). */
  results: PushResult[];
  /** Seqs of `results` whose write did not win in full: their answer carries the server's row. */
  needsRow: Set<number>;
  /** Rows to upsert, one per key: the last state this push leaves it in. */
  writes: SyncRow[];
  log: LogEntry[];
  /** Seqs at or below the acknowledged lastSeq: answered from the log, nothing written. */
  replayed: number[];
}

export interface PushInput {
  unitId: string;
  /** In strictly increasing seq order (the request schema checks it). */
  mutations: readonly Mutation[];
  state: PushState;
  now: number;
}

/**
 * Decides what a push does, without I/O, so the rules are testable on their own: mutations in
 * `seq` order, already-acknowledged seqs set aside for replay, each new one checked (item scope,
 * assignment, clock; the caller has refused other units' mutations) and merged field by field with the shared `mergeAnswer`. A row whose
 * content fields are all null after the merge is a tombstone (`deleted`).
 */
export function planPush({ unitId, mutations, state, now }: PushInput): PushPlan {
  let lastSeq = state.client?.lastSeq ?? 0;
  let counter = state.counter;
  const current = new Map(state.held);
  const writes = new Map<string, SyncRow>();
  const plan: Omit<PushPlan, 'lastSeq' | 'counter' | 'writes'> = {
    results: [],
    needsRow: new Set(),
    log: [],
    replayed: [],
  };

  for (const mutation of mutations) {
    if (mutation.seq <= lastSeq) {
      plan.replayed.push(mutation.seq);
      continue;
    }
    lastSeq = mutation.seq;
    const reason = rejection(mutation, state, now);
    if (reason) {
      plan.results.push({ seq: mutation.seq, status: 'rejected', reason });
      plan.needsRow.add(mutation.seq);
      plan.log.push({ mutation, status: 'rejected', reason, version: null, oldFields: null, lostFields: [] });
      continue;
    }
    const key = rowKey(mutation.subject, mutation.itemId);
    const held = current.get(key) ?? null;
    const { next, applied, lost } = mergeAnswer(held, mutation.fields, mutation.hlc);
    const oldFields = held?.fields ?? null;
    if (applied.length === 0) {
      plan.results.push({ seq: mutation.seq, status: 'superseded' });
      plan.needsRow.add(mutation.seq);
      plan.log.push({
        mutation,
        status: 'superseded',
        reason: null,
        version: null,
        oldFields,
        lostFields: lost,
      });
      continue;
    }
    counter += 1;
    const row: SyncRow = {
      unitId,
      subject: mutation.subject,
      itemId: mutation.itemId,
      fields: next.fields,
      clocks: next.clocks as Record<string, string>,
      version: counter,
      deleted: isCleared(next.fields),
    };
    current.set(key, row);
    writes.set(key, row);
    plan.results.push({ seq: mutation.seq, status: 'applied' });
    if (lost.length > 0) plan.needsRow.add(mutation.seq);
    plan.log.push({
      mutation,
      status: 'applied',
      reason: null,
      version: counter,
      oldFields,
      lostFields: lost,
    });
  }
  return { ...plan, lastSeq, counter, writes: [...writes.values()] };
}

function rejection(mutation: Mutation, { assigned, photos }: PushState, now: number): string | null {
  const item = findItem(mutation.itemId);
  const isUnitSubject = mutation.subject === UNIT_SUBJECT;
  if (!item || (item.scope === 'unit') !== isUnitSubject) return 'unknown_item';
  if (!isUnitSubject && !assigned.has(mutation.subject)) return 'unknown_subject';
  // A photo is referenced only once its bytes are on the server, uploaded by this unit.
  if (mutation.fields.photos?.some((hash) => !photos.has(hash))) return 'photo_missing';
  // docs/architecture.md §3: a clock far ahead may not win; the client re-stamps and sends again.
  if (decodeHlc(mutation.hlc).wall > now + MAX_CLOCK_SKEW_MS) return 'clock_ahead';
  return null;
}
