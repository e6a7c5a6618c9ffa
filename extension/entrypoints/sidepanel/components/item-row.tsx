import type { ChecklistItem } from '../../../../shared/checklist/checklist-items.ts';
import { ITEM_STATUSES, type ItemStatus, STATUS_LABELS } from '../../../../shared/checklist/item-status.ts';
import type { RuleResult } from '../../../../shared/checklist/rule.ts';
import type { AnswerRow } from '../../../db/database.ts';
import { db } from '../../../db/default-database.ts';
import { type AnswerInput, saveAnswer } from '../../../db/save-answer.ts';
import { sendMessage } from '../../../messages/send-message.ts';
import { reportError } from '../../../report-error.ts';
import { useTranslate } from '../../../ui/use-translate.ts';

interface Props {
  subject: string;
  item: ChecklistItem;
  result: RuleResult | null;
  answer: AnswerRow | null;
}

/** Keys 1–4 answer the row holding the focus, in the order of {@link ITEM_STATUSES}. */
const KEY_STATUS: Record<string, ItemStatus> = Object.fromEntries(
  ITEM_STATUSES.map((status, i) => [String(i + 1), status]),
);

/** One checklist item: its automatic result, and the person's answer and note. */
export function ItemRow({ subject, item, result, answer }: Props) {
  const { language, t } = useTranslate();
  const save = (fields: AnswerInput['fields']) =>
    saveAnswer(db, { subject, itemId: item.id, fields })
      .then(() => sendMessage({ type: 'sync-now' }))
      .catch((error: unknown) => reportError('sidepanel.save', error));

  const onKeyDown = (event: KeyboardEvent) => {
    const status = KEY_STATUS[event.key];
    const target = event.target as HTMLElement;
    if (
      !status ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      target.matches('input[type=text], textarea')
    )
      return;
    event.preventDefault();
    void save({ status });
    // Moves the focus onto the chosen radio so arrow keys continue from there.
    (event.currentTarget as HTMLElement).querySelector<HTMLInputElement>(`input[value=${status}]`)?.focus();
  };

  const name = `${subject}|${item.id}`;
  return (
    <fieldset data-item={item.id} onKeyDown={onKeyDown}>
      <legend>
        {item.id}. {item[language]}
      </legend>
      <p class="auto">
        {t('autoResult')}:{' '}
        {result
          ? `${STATUS_LABELS[result.status][language]} — ${result.reason}${evidence(result)}`
          : t('noRule')}
      </p>
      <div class="choices">
        {ITEM_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="radio"
              name={name}
              value={status}
              checked={answer?.fields.status === status}
              onChange={() => void save({ status })}
            />
            {STATUS_LABELS[status][language]}
          </label>
        ))}
      </div>
      <label class="note">
        {t('note')}
        {/* Uncontrolled while typing; the key remounts it when the stored note changes (another device). */}
        <input
          key={answer?.clocks.note ?? 'none'}
          type="text"
          defaultValue={answer?.fields.note ?? ''}
          onChange={(event) => void save({ note: event.currentTarget.value })}
        />
      </label>
    </fieldset>
  );
}

function evidence(result: RuleResult): string {
  const text = result.evidence?.text;
  if (!text) return '';
  return ` (“${text.length > 120 ? `${text.slice(0, 120)}…` : text}”)`;
}
