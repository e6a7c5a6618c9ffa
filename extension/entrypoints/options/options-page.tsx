import { useState } from 'preact/hooks';
import { db } from '../../db/default-database.ts';
import { readMeta } from '../../db/read-meta.ts';
import { writeMeta } from '../../db/write-meta.ts';
import type { Language } from '../../i18n/messages.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { useTranslate } from '../../ui/use-translate.ts';
import { EnrolForm } from './enrol-form.tsx';
import { EnrolledUnit } from './enrolled-unit.tsx';
import { UnitSiteAccess } from './unit-site-access.tsx';

/** Options: enrolment with the sync server, the unit's website, and the interface language. */
export function OptionsPage() {
  const { language, t } = useTranslate();
  const enrolled = useLiveQuery(async () => {
    const [token, unit] = await Promise.all([readMeta(db, 'token'), readMeta(db, 'unit')]);
    return { token, unit };
  }, []);
  const [error, setError] = useState<string | null>(null);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {enrolled === undefined ? null : enrolled.token && enrolled.unit ? (
        <EnrolledUnit unit={enrolled.unit} onError={setError} />
      ) : (
        <EnrolForm onError={setError} />
      )}
      {error ? <p role="alert">{error}</p> : null}
      <UnitSiteAccess />
      <label>
        {t('language')}
        <select
          value={language}
          onChange={(event) => void writeMeta(db, { language: event.currentTarget.value as Language })}
        >
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
    </main>
  );
}
