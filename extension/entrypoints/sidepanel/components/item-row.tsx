import { useState } from 'preact/hooks';
import type { ChecklistItem } from '../../../../shared/checklist/checklist-items.ts';
import { ITEM_STATUSES, type ItemStatus, STATUS_LABELS } from '../../../../shared/checklist/item-status.ts';
import type { RuleResult } from '../../../../shared/checklist/rule.ts';
import { evidencePlace } from '../../../../shared/procedure/evidence-place.ts';
import { MAX_NOTE_LENGTH } from '../../../../shared/sync/answer-fields.ts';
import { pick } from '../../../../shared/text/localized.ts';
import type { AnswerRow } from '../../../db/database.ts';
import { db } from '../../../db/default-database.ts';
import { type AnswerInput, clearAnswer, saveAnswer } from '../../../db/save-answer.ts';
import { evidenceLocation } from '../../../highlight/evidence-location.ts';
import { fill } from '../../../i18n/messages.ts';
import { sendMessage } from '../../../messages/send-message.ts';
import { reportError } from '../../../report-error.ts';
import { changedPartLabel } from '../../../scan/changed-part-label.ts';
import { formatTime } from '../../../ui/format-time.ts';
import { useStoredValue } from '../../../ui/use-stored-value.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { answerKey } from '../answer-key.ts';
import { ItemConflicts } from './item-conflicts.tsx';
import { ItemEvidence } from './item-evidence.tsx';
import { ItemHistory } from './item-history.tsx';

interface Props {
  subject: string;
  item: ChecklistItem;
  result: RuleResult | null;
  answer: AnswerRow | null;
  /** Shows the automatic result only: the page has no procedure code to answer against. */
  readOnly?: boolean;
  /** The item of the next row shown, where the keyboard goes after an answer. */
  next?: string | null;
  /** Scrolls the page the results were read on to an item's part; absent when no tab shows it. */
  showOnPage?: ((itemId: string) => Promise<boolean>) | null;
  /** What the district's review said about this item, if anything. */
  reviewComment?: string | null;
}

/**
 * One checklist item: its automatic result (status in `data-auto-status`, the reason, the excerpt
 * that decided and where it was read), the change watch's "cần kiểm tra lại" marker
 * (`data-recheck`, naming the changed parts), and the person's answer and note.
 */
export function ItemRow({
  subject,
  item,
  result,
  answer,
  readOnly = false,
  next = null,
  showOnPage = null,
  reviewComment = null,
}: Props) {
  const { language, t } = useTranslate();
  const [problem, setProblem] = useState<string | null>(null);
  const storedNote = answer?.fields.note ?? '';
  const noteField = useStoredValue(storedNote);
  // The choice just made, shown until the stored answer's status stamp moves past the one it was
  // made on: any render before the write lands (a scan, a sync) would otherwise uncheck the radio.
  const [chosen, setChosen] = useState<{ status: ItemStatus; on: string | undefined } | null>(null);
  const afterWrite = (written: Promise<unknown>) =>
    written
      .then(() => sendMessage({ type: 'sync-now' }))
      .catch((error: unknown) => reportError('sidepanel.save', error));
  const save = (fields: AnswerInput['fields'], onFail?: () => void) =>
    afterWrite(
      saveAnswer(db, { subject, itemId: item.id, fields }).catch((error: unknown) => {
        onFail?.();
        throw error;
      }),
    );
  const choose = (status: ItemStatus) => {
    setChosen({ status, on: answer?.clocks.status });
    void save({ status }, () => setChosen(null));
  };
  const shownStatus = chosen && chosen.on === answer?.clocks.status ? chosen.status : answer?.fields.status;
  const answered =
    answer?.fields.checkedAt !== undefined && (answer.fields.status ?? answer.fields.note) != null;

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys 1–4 answer the row holding the focus, unless typed into its note, link or date.
    const status = answerKey(event);
    if (!status) return;
    event.preventDefault();
    choose(status);
    // On to the next row, so a procedure is captured with one key per item; the last row keeps
    // the focus on the chosen radio so arrow keys continue from there.
    const row = event.currentTarget as HTMLElement;
    const following = next
      ? row.ownerDocument.querySelector<HTMLInputElement>(`[data-item="${next}"] input[type=radio]`)
      : null;
    (following ?? row.querySelector<HTMLInputElement>(`input[value=${status}]`))?.focus();
  };
  const decided = result && result.status !== 'chua_kiem_tra' ? result.status : null;
  const given =
    answer?.fields.status && answer.fields.status !== 'chua_kiem_tra' ? answer.fields.status : null;
  const mark = given && decided && given !== decided ? 'differs' : given && !decided ? 'self' : null;

  const name = `${subject}|${item.id}`;
  return (
    <fieldset data-item={item.id} onKeyDown={readOnly ? undefined : onKeyDown} disabled={readOnly}>
      <legend>
        {item.id}. {item[language]}
        {mark ? (
          <span class={`mark mark-${mark}`} data-mark={mark}>
            {t(mark === 'differs' ? 'differsFromAutomatic' : 'selfChecked')}
          </span>
        ) : null}
      </legend>
      {reviewComment ? (
        <p class="review-comment" data-review-comment>
          {t('reviewItemComment')}: <span lang="vi">{reviewComment}</span>
        </p>
      ) : null}
      <p class="auto">
        {t('autoResult')}:{' '}
        {result ? (
          <>
            <strong data-auto-status={result.status}>{STATUS_LABELS[result.status][language]}</strong> —{' '}
            {pick(result.reason, language)}
          </>
        ) : (
          t('noRule')
        )}
      </p>
      {result?.recheck?.length ? (
        <p class="recheck" data-recheck={result.recheck.join(' ')}>
          {t('recheckNeeded')} ({t('recheckParts')}:{' '}
          {result.recheck.map((part) => changedPartLabel(part, language)).join('; ')})
        </p>
      ) : null}
      {result?.evidence?.text ? (
        <p class="evidence" data-evidence>
          <q lang="vi">{excerpt(result.evidence.text)}</q>{' '}
          <span class="at" data-evidence-place>
            ({t('evidenceAt')} {pick(evidencePlace(result.evidence), language) || t('evidenceOnPage')})
          </span>
          {showOnPage && onPage(result) ? (
            <>
              {' '}
              <button
                type="button"
                class="link"
                data-show-on-page
                title={t('showOnPageTitle')}
                onClick={() =>
                  void showOnPage(item.id).then((found) => setProblem(found ? null : t('evidenceNotFound')))
                }
              >
                {t('showOnPage')}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      <div class="choices">
        {ITEM_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="radio"
              name={name}
              value={status}
              checked={shownStatus === status}
              onChange={() => choose(status)}
            />
            {STATUS_LABELS[status][language]}
          </label>
        ))}
      </div>
      <label class="note">
        {t('note')}
        <input
          ref={noteField}
          type="text"
          maxLength={MAX_NOTE_LENGTH}
          defaultValue={storedNote}
          onChange={(event) => void save({ note: event.currentTarget.value })}
        />
      </label>
      {readOnly ? null : (
        <ItemEvidence
          subject={subject}
          itemId={item.id}
          answer={answer}
          save={save}
          afterWrite={afterWrite}
          onError={setProblem}
        />
      )}
      {problem ? (
        <p role="alert" class="row-problem">
          {problem}
        </p>
      ) : null}
      {answered ? (
        <p class="answered-by" data-answered-by>
          {fill(t('answeredBy'), {
            by: answer.fields.checkedBy ?? t('unknownDevice'),
            at: formatTime(answer.fields.checkedAt!, language),
          })}{' '}
          {readOnly ? null : (
            <button
              type="button"
              onClick={() => void afterWrite(clearAnswer(db, { subject, itemId: item.id }))}
            >
              {t('clearAnswer')}
            </button>
          )}
        </p>
      ) : null}
      <ItemConflicts subject={subject} itemId={item.id} />
      {readOnly ? null : <ItemHistory subject={subject} itemId={item.id} />}
    </fieldset>
  );
}

/** Long excerpts (a whole legal basis list) are cut: the side panel is narrow. */
function excerpt(text: string): string {
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** Whether the page outlines this result, so "Xem trên trang" has something to show. */
const onPage = (result: RuleResult): boolean =>
  (result.status === 'dat' || result.status === 'chua_dat') &&
  result.evidence !== null &&
  evidenceLocation(result.evidence) !== null;
