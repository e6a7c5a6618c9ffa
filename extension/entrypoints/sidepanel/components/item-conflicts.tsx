import type { ConflictRow } from '../../../db/database.ts';
import { db } from '../../../db/default-database.ts';
import { fill, type MessageId } from '../../../i18n/messages.ts';
import { reportError } from '../../../report-error.ts';
import { formatTime } from '../../../ui/format-time.ts';
import { useLiveQuery } from '../../../ui/use-live-query.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { describeValue, FIELD_LABELS } from '../describe-value.ts';

const REASONS: Record<string, MessageId> = {
  unknown_subject: 'reasonUnknownSubject',
  unknown_item: 'reasonUnknownItem',
  seq_not_recorded: 'reasonNotRecorded',
};

/**
 * Values this device wrote for the item that the server did not keep (a newer write from another
 * device won, or the server refused it), in words, until the person dismisses them.
 */
export function ItemConflicts({ subject, itemId }: { subject: string; itemId: string }) {
  const { language, t } = useTranslate();
  const conflicts = useLiveQuery(
    () => db.conflicts.where('[subject+itemId]').equals([subject, itemId]).toArray(),
    [subject, itemId],
  );
  if (!conflicts?.length) return null;

  const when = (ms: number | null) => (ms === null ? '—' : formatTime(ms, language));
  const sentence = (conflict: ConflictRow) => {
    const values = {
      field: t(FIELD_LABELS[conflict.field] ?? 'fieldNote'),
      lost: describeValue(conflict.field, conflict.lostValue, language, t),
      lostAt: when(conflict.lostAt),
      kept: describeValue(conflict.field, conflict.keptValue, language, t),
      by: conflict.keptBy ?? t('unknownDevice'),
      keptAt: when(conflict.keptAt),
      reason: t(REASONS[conflict.reason] ?? 'reasonOther'),
    };
    return fill(t(conflict.reason === 'superseded' ? 'conflictSuperseded' : 'conflictRejected'), values);
  };
  const dismiss = () =>
    db.conflicts
      .bulkDelete(conflicts.map((conflict) => conflict.id!))
      .catch((error: unknown) => reportError('sidepanel.conflicts', error));

  return (
    <div class="conflicts" role="status" data-conflicts={conflicts.length}>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.id}>{sentence(conflict)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => void dismiss()}>
        {t('conflictDismiss')}
      </button>
    </div>
  );
}
