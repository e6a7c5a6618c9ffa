import type { ChecklistItem } from '../../../../shared/checklist/checklist-items.ts';
import type { RuleResult } from '../../../../shared/checklist/rule.ts';
import { db } from '../../../db/default-database.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { ItemRow } from './item-row.tsx';

interface Props {
  subject: string;
  items: readonly ChecklistItem[];
  /** Automatic results of the shown scan; null when there is none (or for unit items). */
  results: Record<string, RuleResult> | null;
  /** Automatic results only, no answers (a page known only by its URL). */
  readOnly?: boolean;
}

/** The rows of one checklist subject, with its answers read live from the database. */
export function ChecklistSection({ subject, items, results, readOnly = false }: Props) {
  const answers = useLiveQuery(() => db.answers.where('subject').equals(subject).toArray(), [subject]);
  return (
    <div>
      {items.map((item) => (
        <ItemRow
          key={`${subject}|${item.id}`}
          subject={subject}
          item={item}
          result={results?.[item.id] ?? null}
          answer={answers?.find((answer) => answer.itemId === item.id) ?? null}
          readOnly={readOnly}
        />
      ))}
    </div>
  );
}
