import type { ChecklistItem } from '../../shared/checklist/checklist-items.ts';
import type { AnswerFields } from '../../shared/sync/answer-fields.ts';
import type { HistoryEntry } from '../../shared/sync/protocol.ts';
import type { ReviewComment } from '../db/find-review.ts';
import { listAnswerHistory } from '../db/list-answer-history.ts';
import { listSubjectAnswers } from '../db/list-subject-answers.ts';
import type { SubjectState } from '../db/read-unit-checklist.ts';

export interface SubjectDetail {
  state: SubjectState;
  answers: Map<string, AnswerFields>;
  /** Each item's recorded writes, newest first. */
  histories: Map<string, HistoryEntry[]>;
  /** The reviewer's comment on each item, for the period shown. */
  comments: Map<string, string>;
}

/**
 * Everything the detail of one subject of a unit shows: its current answers and each item's
 * history (one indexed read per item, at most 23), beside its state at the period's end and the
 * reviewer's comments on it.
 */
export async function readSubjectDetail(
  db: D1Database,
  unitId: string,
  subject: string,
  items: readonly ChecklistItem[],
  state: SubjectState,
  comments: readonly ReviewComment[],
): Promise<SubjectDetail> {
  const [answers, ...histories] = await Promise.all([
    listSubjectAnswers(db, unitId, subject),
    ...items.map((item) => listAnswerHistory(db, unitId, subject, item.id)),
  ]);
  return {
    state,
    answers,
    histories: new Map(items.map((item, i) => [item.id, histories[i]!])),
    comments: new Map(comments.filter((c) => c.subject === subject).map((c) => [c.itemId, c.comment])),
  };
}
