import { findItem } from '../../shared/checklist/checklist-items.ts';
import type { AnswerField, AnswerFields } from '../../shared/sync/answer-fields.ts';
import { decodeHlc } from '../../shared/sync/hlc.ts';
import { mergeAnswer } from '../../shared/sync/merge-answer.ts';
import { type Mutation, type PushResult, type SyncRow, UNIT_SUBJECT } from '../../shared/sync/protocol.ts';
import { type PushState, rowKey } from '../db/read-push-state.ts';

/** A clock further ahead of the server than this may not win LWW (docs/architecture.md §3). */
export const MAX_CLOCK_AHEAD_MS = 60_000;

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
  /** The sync counter after this push: every applied mutation took the next version. */
  counter: number;
  results: PushResult[];
  /** Rows to upsert, in version order (a row written twice appears twice; the later one wins). */
  writes: SyncRow[];
  log: LogEntry[];
  /** Seqs at or below the acknowledged lastSeq: answered from the log, nothing written. */
  replayed: number[];
}

export interface PushInput {
  unitId: string;
  mutations: readonly Mutation[];
  state: PushState;
  now: number;
}

/**
 * Decides what a push does, without I/O, so the rules are testable on their own: mutations in
 * `seq` order, already-acknowledged seqs skipped, each one checked (unit, item scope, assignment,
 * clock) and merged field by field with the shared `mergeAnswer`.
 */
export function planPush({ unitId, mutations, state, now }: PushInput): PushPlan {
  let lastSeq = state.client?.lastSeq ?? 0;
  let counter = state.counter;
  const current = new Map(state.held);
  const plan: PushPlan = { lastSeq, counter, results: [], writes: [], log: [], replayed: [] };

  for (const mutation of [...mutations].sort((a, b) => a.seq - b.seq)) {
    if (mutation.seq <= lastSeq) {
      plan.replayed.push(mutation.seq);
      continue;
    }
    lastSeq = mutation.seq;
    const reason = rejection(mutation, unitId, state.assigned, now);
    if (reason) {
      plan.results.push({ seq: mutation.seq, status: 'rejected', reason });
      plan.log.push({ mutation, status: 'rejected', reason, version: null, oldFields: null, lostFields: [] });
      continue;
    }
    const key = rowKey(mutation.subject, mutation.itemId);
    const held = current.get(key) ?? null;
    const { next, applied, lost } = mergeAnswer(held, mutation.fields, mutation.hlc);
    const oldFields = held?.fields ?? null;
    if (applied.length === 0) {
      plan.results.push({ seq: mutation.seq, status: 'superseded' });
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
      deleted: false,
    };
    current.set(key, row);
    plan.writes.push(row);
    plan.results.push({ seq: mutation.seq, status: 'applied' });
    plan.log.push({
      mutation,
      status: 'applied',
      reason: null,
      version: counter,
      oldFields,
      lostFields: lost,
    });
  }
  return { ...plan, lastSeq, counter };
}

function rejection(mutation: Mutation, unitId: string, assigned: Set<string>, now: number): string | null {
  if (mutation.unitId !== unitId) return 'other_unit';
  const item = findItem(mutation.itemId);
  const isUnitSubject = mutation.subject === UNIT_SUBJECT;
  if (!item || (item.scope === 'unit') !== isUnitSubject) return 'unknown_item';
  if (!isUnitSubject && !assigned.has(mutation.subject)) return 'unknown_subject';
  if (decodeHlc(mutation.hlc).wall > now + MAX_CLOCK_AHEAD_MS) return 'clock_ahead';
  return null;
}
