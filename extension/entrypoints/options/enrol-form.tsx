import { useState } from 'preact/hooks';
import { db } from '../../db/default-database.ts';
import { readMeta } from '../../db/read-meta.ts';
import { fill, type MessageId } from '../../i18n/messages.ts';
import { sendMessage } from '../../messages/send-message.ts';
import { reportError } from '../../report-error.ts';
import { checkServer, type ServerCheck } from '../../sync/check-server.ts';
import { enrollDevice } from '../../sync/enroll-device.ts';
import { ServerError } from '../../sync/server-error.ts';
import { syncErrorWords } from '../../sync/sync-error-words.ts';
import { withSyncLock } from '../../sync/with-sync-lock.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { useTranslate } from '../../ui/use-translate.ts';

const CHECK_WORDS: Record<ServerCheck | 'checking', MessageId> = {
  checking: 'checkingServer',
  congkhai: 'serverIsCongKhai',
  'not-congkhai': 'serverNotCongKhai',
  unreachable: 'serverUnreachable',
};

/** Where a development worker listens (`wrangler dev`). */
const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/**
 * Enrolment with a one-time code; a refusal (code used, expired…) is shown as a sentence with
 * what to do, its code on a details line.
 */
export function EnrolForm({ onError }: { onError: (message: string | null, details?: string) => void }) {
  const { t } = useTranslate();
  const saved = useLiveQuery(async () => ({ url: await readMeta(db, 'serverUrl') }), []);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<ServerCheck | 'checking' | null>(null);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    onError(null);
    try {
      // Under the sync lock: no sync of the old enrolment runs across the new one.
      await withSyncLock(() =>
        enrollDevice(
          db,
          (request) => fetch(request),
          String(form.get('serverUrl')),
          String(form.get('code')),
          String(form.get('label')),
        ),
      );
      await sendMessage({ type: 'sync-now' });
    } catch (error) {
      if (error instanceof ServerError)
        onError(t(syncErrorWords(error)), fill(t('errorDetails'), { code: error.code }));
      else {
        reportError('options.enrol', error);
        onError(String(error));
      }
    } finally {
      setBusy(false);
    }
  };

  const check = async (event: MouseEvent) => {
    const input = (event.currentTarget as HTMLElement)
      .closest('form')
      ?.querySelector<HTMLInputElement>('[name=serverUrl]');
    setChecked('checking');
    setChecked(await checkServer((request) => fetch(request), input?.value ?? ''));
  };

  // Waits for the stored address so the field starts with it and is not reset under the cursor.
  if (saved === undefined) return null;
  return (
    <form onSubmit={onSubmit}>
      <label>
        {t('serverUrl')}
        <input
          name="serverUrl"
          type="url"
          required
          defaultValue={saved.url ?? DEFAULT_SERVER_URL}
          onInput={() => setChecked(null)}
        />
      </label>
      <p class="inline">
        <button type="button" class="secondary" onClick={(event) => void check(event)}>
          {t('checkServer')}
        </button>{' '}
        <span role="status" data-server-check={checked ?? ''}>
          {checked ? t(CHECK_WORDS[checked]) : ''}
        </span>
      </p>
      <label>
        {t('enrolmentCode')}
        <input name="code" type="text" required minLength={4} maxLength={64} autoComplete="off" />
      </label>
      <label>
        {t('deviceLabel')}
        <input name="label" type="text" maxLength={100} aria-describedby="label-hint" />
      </label>
      <p class="hint" id="label-hint">
        {t('deviceLabelHint')}
      </p>
      <button type="submit" disabled={busy}>
        {busy ? t('enrolling') : t('enrol')}
      </button>
    </form>
  );
}
