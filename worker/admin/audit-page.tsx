import { formatTime } from '../dashboard/format-time.ts';
import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { AuditListing } from '../db/list-audit.ts';
import { isPageMessageId } from '../i18n/page-messages.ts';

/** The audit log: who did what and when, with the values before and after. */
export function AuditPage({ page, entries }: { page: PageContext; entries: AuditListing[] }) {
  const { t, language } = page;
  const action = (name: string) => {
    const id = `action_${name}`;
    return isPageMessageId(id) ? t(id) : name;
  };
  return (
    <PageLayout page={page} title={t('auditTitle')}>
      <h1>{t('auditTitle')}</h1>
      <p class="note">{t('auditIntro')}</p>
      {entries.length === 0 ? (
        <p>{t('auditNone')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('auditWhen')}</th>
              <th scope="col">{t('auditWho')}</th>
              <th scope="col">{t('auditWhat')}</th>
              <th scope="col">{t('auditTarget')}</th>
              <th scope="col">{t('auditBefore')}</th>
              <th scope="col">{t('auditAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-audit={entry.action}>
                <td>{formatTime(entry.at, language)}</td>
                <td>{entry.who ?? '—'}</td>
                <td>{action(entry.action)}</td>
                <td>{entry.targetId ?? '—'}</td>
                <td>
                  <code>{entry.before ?? ''}</code>
                </td>
                <td>
                  <code>{entry.after ?? ''}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PageLayout>
  );
}
