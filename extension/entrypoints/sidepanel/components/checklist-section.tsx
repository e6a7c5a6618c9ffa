import type { ChecklistItem } from '../../../../shared/checklist/checklist-items.ts';
import type { RuleResult } from '../../../../shared/checklist/rule.ts';
import type { AnswerRow } from '../../../db/database.ts';
import { db } from '../../../db/default-database.ts';
import { readMeta } from '../../../db/read-meta.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { ItemRow } from './item-row.tsx';

/** Which rows to show: all, those without a deciding answer, or those answered "not met". */
export type RowFilter = 'all' | 'unanswered' | 'failing';

const shows: Record<RowFilter, (answer: AnswerRow | null) => boolean> = {
  all: () => true,
  unanswered: (answer) => !answer?.fields.status || answer.fields.status === 'chua_kiem_tra',
  failing: (answer) => answer?.fields.status === 'chua_dat',
};

interface Props {
  subject: string;
  items: readonly ChecklistItem[];
  /** Automatic results of the shown scan; null when there is none (or for unit items). */
  results: Record<string, RuleResult> | null;
  /** Automatic results only, no answers (a page known only by its URL). */
  readOnly?: boolean;
  filter?: RowFilter;
  /** Scrolls the page the results were read on to an item's part (the rows' "Xem trên trang"). */
  showOnPage?: ((itemId: string) => Promise<boolean>) | null;
}

/**
 * The rows of one checklist subject, with its answers read live from the database. Answering a
 * row by keyboard moves on to the next row shown, so a whole procedure takes a key per item. Rows
 * the district's review commented on come first, with the comment.
 */
export function ChecklistSection({
  subject,
  items,
  results,
  readOnly = false,
  filter = 'all',
  showOnPage = null,
}: Props) {
  const answers = useLiveQuery(() => db.answers.where('subject').equals(subject).toArray(), [subject]);
  const review = useLiveQuery(() => readMeta(db, 'review'), []);
  const answerOf = (id: string) => answers?.find((answer) => answer.itemId === id) ?? null;
  const comments = new Map(
    (review?.items ?? [])
      .filter((entry) => entry.subject === subject)
      .map((entry) => [entry.itemId, entry.comment]),
  );
  // Items the district sent back come first; the keyboard's "next row" follows the same order.
  const shown = items
    .filter((item) => shows[filter](answerOf(item.id)))
    .sort((a, b) => Number(comments.has(b.id)) - Number(comments.has(a.id)));
  return (
    <div data-checklist={subject}>
      {shown.map((item, i) => (
        <ItemRow
          key={`${subject}|${item.id}`}
          subject={subject}
          item={item}
          result={results?.[item.id] ?? null}
          answer={answerOf(item.id)}
          readOnly={readOnly}
          next={shown[i + 1]?.id ?? null}
          showOnPage={showOnPage}
          reviewComment={comments.get(item.id) ?? null}
        />
      ))}
    </div>
  );
}
