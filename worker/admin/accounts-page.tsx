import { formatTime } from '../dashboard/format-time.ts';
import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { AccountListing } from '../db/list-cluster-accounts.ts';
import { CSRF_FIELD } from '../http/read-form.ts';

/** The cluster's accounts, and the forms that create one, disable or enable it, reset its password. */
export function AccountsPage({
  page,
  accounts,
  now,
}: {
  page: PageContext;
  accounts: AccountListing[];
  now: number;
}) {
  const { t, language } = page;
  const token = <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />;
  return (
    <PageLayout page={page} title={t('accountsTitle')}>
      <h1>{t('accountsTitle')}</h1>
      <p class="note">{t('accountsIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('username')}</th>
            <th scope="col">{t('displayName')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('accountState')}</th>
            <th scope="col">
              <span class="note">{t('resetPassword')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const base = `/admin/accounts/${encodeURIComponent(account.id)}`;
            return (
              <tr key={account.id} data-account={account.username}>
                <td>{account.username}</td>
                <td>{account.displayName}</td>
                <td>{t(`role_${account.role}`)}</td>
                <td>
                  {account.disabledAt !== null
                    ? t('accountDisabled')
                    : account.lockedUntil !== null && account.lockedUntil > now
                      ? t('accountLockedUntil', { at: formatTime(account.lockedUntil, language) })
                      : t('accountActive')}{' '}
                  {account.id !== page.account?.id && (
                    <form
                      class="inline"
                      method="post"
                      action={`${base}/${account.disabledAt === null ? 'disable' : 'enable'}`}
                    >
                      {token}
                      <button
                        type="submit"
                        class="secondary"
                        aria-label={`${t(account.disabledAt === null ? 'disable' : 'enable')}: ${account.username}`}
                      >
                        {t(account.disabledAt === null ? 'disable' : 'enable')}
                      </button>
                    </form>
                  )}
                </td>
                <td>
                  <form class="inline" method="post" action={`${base}/password`}>
                    {token}
                    <button
                      type="submit"
                      class="secondary"
                      aria-label={`${t('resetPassword')}: ${account.username}`}
                    >
                      {t('resetPassword')}
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2 id="create">{t('createAccount')}</h2>
      <form method="post" action="/admin/accounts" aria-labelledby="create">
        {token}
        <label>
          {t('username')}
          <input
            name="username"
            required
            minLength={3}
            maxLength={40}
            pattern="[A-Za-z0-9._\-]{3,40}"
            autocomplete="off"
          />
        </label>
        <label>
          {t('displayName')}
          <input name="displayName" required maxLength={100} />
        </label>
        <label>
          {t('role')}
          <select name="role">
            <option value="viewer">{t('role_viewer')}</option>
            <option value="admin">{t('role_admin')}</option>
          </select>
        </label>
        <button type="submit">{t('createAccount')}</button>
      </form>
    </PageLayout>
  );
}
