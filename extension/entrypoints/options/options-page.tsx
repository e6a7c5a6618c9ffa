import { useState } from 'preact/hooks';
import { db } from '../../db/default-database.ts';
import { readMeta } from '../../db/read-meta.ts';
import { writeMeta } from '../../db/write-meta.ts';
import type { Language } from '../../i18n/messages.ts';
import { useDocumentLanguage } from '../../ui/use-document-language.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { useTranslate } from '../../ui/use-translate.ts';
import { EnrolForm } from './enrol-form.tsx';
import { EnrolledUnit } from './enrolled-unit.tsx';
import { UnitSiteAccess } from './unit-site-access.tsx';

/** Options: enrolment with the sync server, the unit's website, and the interface language. */
export function OptionsPage() {
  const { language, t } = useTranslate();
  useDocumentLanguage(language, t('optionsTitle'));
  const enrolled = useLiveQuery(async () => {
    const [token, unit] = await Promise.all([readMeta(db, 'token'), readMeta(db, 'unit')]);
    return { token, unit };
  }, []);
  const [error, setError] = useState<{ text: string; details?: string } | null>(null);
  const onError = (text: string | null, details?: string) => setError(text ? { text, details } : null);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {enrolled === undefined ? null : enrolled.token && enrolled.unit ? (
        <EnrolledUnit unit={enrolled.unit} onError={onError} />
      ) : (
        <EnrolForm onError={onError} />
      )}
      {error ? (
        <div role="alert" data-options-error>
          <p>{error.text}</p>
          {error.details ? <p class="details">{error.details}</p> : null}
        </div>
      ) : null}
      <UnitSiteAccess />
      <label>
        {t('language')}
        <select
          value={language}
          onChange={(event) => void writeMeta(db, { language: event.currentTarget.value as Language })}
        >
          {/* Each language by its own name, marked as such for screen readers. */}
          <option value="vi" lang="vi">
            Tiếng Việt
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
    </main>
  );
}
