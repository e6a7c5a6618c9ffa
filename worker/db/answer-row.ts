import type { AnswerFields } from '../../shared/sync/answer-fields.ts';
import type { SyncRow } from '../../shared/sync/protocol.ts';

/** An `answer` row as D1 returns it (JSON columns still text, `deleted` 0/1). */
export interface AnswerRow {
  unitId: string;
  subject: string;
  itemId: string;
  fields: string;
  clocks: string;
  version: number;
  deleted: number;
}

export const ANSWER_COLUMNS =
  'unit_id AS unitId, subject, item_id AS itemId, fields, clocks, version, deleted';

export const toSyncRow = (row: AnswerRow): SyncRow => ({
  unitId: row.unitId,
  subject: row.subject,
  itemId: row.itemId,
  fields: JSON.parse(row.fields) as AnswerFields,
  clocks: JSON.parse(row.clocks) as Record<string, string>,
  version: row.version,
  deleted: row.deleted === 1,
});
