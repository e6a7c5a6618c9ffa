import { clearEnrolment } from '../../db/clear-enrolment.ts';
import { db } from '../../db/default-database.ts';
import { reportError } from '../../report-error.ts';
import { useTranslate } from '../../ui/use-translate.ts';

/** The unit this device syncs with, and the way to leave it (local answers are kept). */
export function EnrolledUnit({
  unit,
  onError,
}: {
  unit: { id: string; name: string };
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslate();
  const unenrol = () => {
    onError(null);
    clearEnrolment(db).catch((error: unknown) => {
      reportError('options.unenrol', error);
      onError(String(error));
    });
  };
  return (
    <section>
      <p>
        {t('enrolledUnit')}: <strong data-enrolled-unit={unit.id}>{unit.name}</strong>
      </p>
      <button type="button" onClick={unenrol}>
        {t('unenrol')}
      </button>
    </section>
  );
}
