import type { AnswerField } from '../../shared/sync/answer-fields.ts';
import type { PushResult, SyncRow } from '../../shared/sync/protocol.ts';
import { ANSWER_COLUMNS, type AnswerRow, toSyncRow } from './answer-row.ts';
import { rowKey } from './read-push-state.ts';

/** What the change log recorded for a seq: how it was answered, and which fields lost. */
export interface RecordedResult {
  status: PushResult['status'];
  reason: string | null;
  lostFields: AnswerField[];
}

export interface PushOutcome {
  recorded: Map<number, RecordedResult>;
  /** Current rows of the requested keys, by `rowKey`; a key without a row is absent. */
  rows: Map<string, SyncRow>;
}

/**
 * The two reads that complete a push's answer: what was recorded for the replayed seqs, and the
 * current rows of the keys whose results carry one. Returned as statements so the writer can put
 * them in its own batch (they then see exactly what it wrote) or run them alone.
 */
export function readPushOutcome(
  db: D1Database,
  unitId: string,
  clientId: string,
  seqs: readonly number[],
  keys: readonly { subject: string; itemId: string }[],
): { statements: D1PreparedStatement[]; parse(results: D1Result[]): PushOutcome } {
  const statements = [
    db
      .prepare(
        `SELECT seq, status, reason, lost_fields AS lostFields FROM change_log
         WHERE client_id = ?1 AND seq IN (SELECT value FROM json_each(?2))`,
      )
      .bind(clientId, JSON.stringify(seqs)),
    db
      .prepare(
        `SELECT ${ANSWER_COLUMNS} FROM answer
         WHERE unit_id = ?1 AND (subject, item_id) IN
           (SELECT value ->> '$[0]', value ->> '$[1]' FROM json_each(?2))`,
      )
      .bind(unitId, JSON.stringify(keys.map((key) => [key.subject, key.itemId]))),
  ];
  const parse = ([recorded, rows]: D1Result[]): PushOutcome => ({
    recorded: new Map(
      (
        (recorded?.results ?? []) as {
          seq: number;
          status: PushResult['status'];
          reason: string | null;
          lostFields: string;
        }[]
      ).map((row) => [
        row.seq,
        { status: row.status, reason: row.reason, lostFields: JSON.parse(row.lostFields) as AnswerField[] },
      ]),
    ),
    rows: new Map(
      ((rows?.results ?? []) as AnswerRow[]).map((row) => [rowKey(row.subject, row.itemId), toSyncRow(row)]),
    ),
  });
  return { statements, parse };
}
