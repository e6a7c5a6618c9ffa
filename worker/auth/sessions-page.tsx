import { formatTime } from '../dashboard/format-time.ts';
import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { SessionListing } from '../db/list-account-sessions.ts';
import { CSRF_FIELD } from '../http/read-form.ts';

/** The signed-in account's live sessions, each with a revoke button (a form). */
export function SessionsPage({
  page,
  sessions,
  currentId,
  revoked,
}: {
  page: PageContext;
  sessions: SessionListing[];
  currentId: string;
  revoked: boolean;
}) {
  const { t, language } = page;
  return (
    <PageLayout page={page} title={t('sessionsTitle')}>
      <h1>{t('sessionsTitle')}</h1>
      <p>{t('sessionsIntro')}</p>
      {revoked && (
        <p class="notice" role="status">
          {t('sessionRevoked')}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sessionBrowser')}</th>
            <th scope="col">{t('sessionStarted')}</th>
            <th scope="col">{t('sessionLastSeen')}</th>
            <th scope="col">{t('sessionExpires')}</th>
            <th scope="col">
              <span class="note">{t('sessionRevoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} data-session={session.id}>
              <td>
                {session.id === currentId ? <strong>{t('sessionThis')}</strong> : (session.userAgent ?? '—')}
              </td>
              <td>{formatTime(session.createdAt, language)}</td>
              <td>{formatTime(session.lastSeenAt, language)}</td>
              <td>{formatTime(session.expiresAt, language)}</td>
              <td>
                <form class="inline" method="post" action="/account/sessions/revoke">
                  <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />
                  <input type="hidden" name="session" value={session.id} />
                  <button
                    type="submit"
                    class="secondary"
                    aria-label={`${t('sessionRevoke')}: ${formatTime(session.createdAt, language)}`}
                  >
                    {t('sessionRevoke')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageLayout>
  );
}
