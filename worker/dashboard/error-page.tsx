import { isPageMessageId, type PageMessageId } from '../i18n/page-messages.ts';
import type { PageContext } from './page-context.ts';
import { PageLayout } from './page-layout.tsx';

/** What a person reads for each error code a page can end in; codes themselves are never shown. */
const MESSAGES: Record<string, PageMessageId> = {
  forbidden: 'errorForbidden',
  not_found: 'errorNotFound',
  csrf: 'errorCsrf',
  invalid_form: 'errorInvalid',
  payload_too_large: 'errorTooLarge',
  rate_limited: 'errorRateLimited',
  unauthorized: 'sessionExpired',
};

/** The body limit of the form that was sent (worker/index.ts): only a catalogue file is large. */
const limitOf = (path: string) => (path.startsWith('/admin/import') ? '2 MB' : '64 kB');

/** A failed page request in words, with a way on. */
export function ErrorPage({ page, code, detail }: { page: PageContext; code: string; detail?: string }) {
  const { t } = page;
  // A form's problems arrive as message ids (worker/admin/form-fields.ts); anything else is generic.
  const problems = [...new Set((detail ?? '').split('; ').filter(Boolean))]
    .map((part) => t(isPageMessageId(part) ? part : 'formFieldInvalid'))
    .join('; ');
  return (
    <PageLayout page={page} title={t('errorTitle')}>
      <h1>{t('errorTitle')}</h1>
      <p class="error" role="alert">
        {t(MESSAGES[code] ?? 'errorServer', { detail: problems, limit: limitOf(page.path) })}
      </p>
      <p>{code === 'unauthorized' ? <a href="/login">{t('signIn')}</a> : <a href="/">{t('backHome')}</a>}</p>
    </PageLayout>
  );
}
