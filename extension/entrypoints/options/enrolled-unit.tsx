import { useState } from 'preact/hooks';
import { clearEnrolment } from '../../db/clear-enrolment.ts';
import { db } from '../../db/default-database.ts';
import { readMeta } from '../../db/read-meta.ts';
import { fill } from '../../i18n/messages.ts';
import { reportError } from '../../report-error.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { useTranslate } from '../../ui/use-translate.ts';

/**
 * The unit this device syncs with, and the way to leave it: asked twice, because a new
 * enrolment code is needed to come back (local answers are kept; waiting ones are counted).
 */
export function EnrolledUnit({
  unit,
  onError,
}: {
  unit: { id: string; name: string };
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const device = useLiveQuery(
    async () => ({ label: await readMeta(db, 'deviceLabel'), waiting: await db.outbox.count() }),
    [],
  );
  const unenrol = () => {
    onError(null);
    clearEnrolment(db)
      .then(() => setConfirming(false))
      .catch((error: unknown) => {
        reportError('options.unenrol', error);
        onError(String(error));
      });
  };
  return (
    <section>
      <p>
        {t('enrolledUnit')}:{' '}
        <strong data-enrolled-unit={unit.id} lang="vi">
          {unit.name}
        </strong>
      </p>
      {device?.label ? (
        <p>
          {t('deviceLabel')}: <span data-device-label>{device.label}</span>
        </p>
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="unenrol-question" class="confirm">
          <p id="unenrol-question">
            {t('unenrolQuestion')}
            {device?.waiting ? ` ${fill(t('unenrolWaiting'), { count: device.waiting })}` : ''}
          </p>
          <button type="button" class="danger" onClick={unenrol}>
            {t('unenrolConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('unenrol')}
        </button>
      )}
    </section>
  );
}
