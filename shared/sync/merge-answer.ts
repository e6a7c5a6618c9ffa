import type { AnswerField, AnswerFields, FieldClocks } from './answer-fields.ts';
import { compareHlc } from './hlc.ts';

export interface AnswerState {
  fields: AnswerFields;
  clocks: FieldClocks;
}

export interface MergeOutcome {
  next: AnswerState;
  /** Fields whose incoming value won. */
  applied: AnswerField[];
  /** Fields whose incoming value lost to a newer stamp already held. */
  lost: AnswerField[];
}

/**
 * Field-level last-writer-wins: each incoming field replaces the held one only when its stamp is
 * newer. Used unchanged by the worker (push) and the extension (pull), so both sides converge on
 * the same row whatever order the writes arrive in. Pure: `current` is not modified.
 *
 * `hlc` is one stamp for a local mutation (all its fields were written together) or the per-field
 * stamps of a row pulled from the server.
 *
 * @example mergeAnswer(held, { status: 'dat' }, '000001776761890007:00000:a')
 */
export function mergeAnswer(
  current: AnswerState | null,
  incoming: AnswerFields,
  hlc: string | FieldClocks,
): MergeOutcome {
  const fields: AnswerFields = { ...current?.fields };
  const clocks: FieldClocks = { ...current?.clocks };
  const applied: AnswerField[] = [];
  const lost: AnswerField[] = [];
  for (const key of Object.keys(incoming) as AnswerField[]) {
    const stamp = typeof hlc === 'string' ? hlc : hlc[key];
    if (stamp === undefined) continue;
    const held = clocks[key];
    if (held !== undefined && compareHlc(stamp, held) <= 0) {
      lost.push(key);
      continue;
    }
    (fields as Record<string, unknown>)[key] = incoming[key];
    clocks[key] = stamp;
    applied.push(key);
  }
  return { next: { fields, clocks }, applied, lost };
}
