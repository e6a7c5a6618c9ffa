import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import { CSRF_FIELD } from '../http/read-form.ts';

export interface LoginPageProps {
  page: PageContext;
  /** The sign-in form's own CSRF token (no session exists yet: it lives in a short cookie). */
  formToken: string;
  next: string;
  /** A notice above the form: wrong password, locked, expired, signed out. */
  notice?: { kind: 'error' | 'notice'; text: string };
  username?: string;
}

/** The sign-in form: plain HTML, labelled fields, works without JavaScript. */
export function LoginPage({ page, formToken, next, notice, username }: LoginPageProps) {
  const { t } = page;
  return (
    <PageLayout page={page} title={t('loginTitle')}>
      <h1>{t('loginTitle')}</h1>
      <p>{t('loginIntro')}</p>
      {notice && (
        <p class={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      <form class="stack" method="post" action="/login">
        <input type="hidden" name={CSRF_FIELD} value={formToken} />
        <input type="hidden" name="next" value={next} />
        <label>
          {t('username')}
          <input name="username" autocomplete="username" required maxLength={100} value={username ?? ''} />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autocomplete="current-password" required maxLength={200} />
        </label>
        <button type="submit">{t('signIn')}</button>
      </form>
    </PageLayout>
  );
}
