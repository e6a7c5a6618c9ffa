import type { ComponentChildren } from 'preact';
import { CSRF_FIELD } from '../http/read-form.ts';
import type { PageMessageId } from '../i18n/page-messages.ts';
import type { PageContext } from './page-context.ts';

const ADMIN_LINKS: [string, PageMessageId][] = [
  ['/admin/units', 'navUnits'],
  ['/admin/codes', 'navCodes'],
  ['/admin/devices', 'navDevices'],
  ['/admin/accounts', 'navAccounts'],
  ['/admin/import', 'navImport'],
  ['/admin/settings', 'navSettings'],
  ['/admin/audit', 'navAudit'],
];

/**
 * The HTML shell of every dashboard page: the page's language on <html>, a skip link, the
 * navigation for the signed-in role, sign-out (a form: it changes state), one <main>, no client
 * JavaScript, one stylesheet.
 */
export function PageLayout({
  page,
  title,
  children,
}: {
  page: PageContext;
  title: string;
  children: ComponentChildren;
}) {
  const { t, account, path } = page;
  const links: [string, PageMessageId][] = account
    ? [['/', 'navOverview'], ...(account.role === 'admin' ? ADMIN_LINKS : []), ['/account', 'navMyAccount']]
    : [];
  const otherLanguage = page.language === 'vi' ? 'en' : 'vi';
  return (
    <html lang={page.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('appName')}`}</title>
        <link rel="stylesheet" href="/assets/dashboard.css" />
      </head>
      <body>
        <a class="skip" href="#main">
          {t('skipToContent')}
        </a>
        <header>
          <strong>{t('appName')}</strong>
          {links.length > 0 && (
            <nav aria-label={t('appName')}>
              <ul>
                {links.map(([href, label]) => (
                  <li key={href}>
                    <a href={href} aria-current={href === path ? 'page' : undefined}>
                      {t(label)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div class="who">
            <a href={page.otherLanguageHref} lang={otherLanguage}>
              {t('switchLanguage')}
            </a>
            {account && page.csrfToken && (
              <>
                <span>{t('signedInAs', { name: account.displayName })}</span>
                <form class="inline" method="post" action="/logout">
                  <input type="hidden" name={CSRF_FIELD} value={page.csrfToken} />
                  <button type="submit" class="secondary">
                    {t('signOut')}
                  </button>
                </form>
              </>
            )}
          </div>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
