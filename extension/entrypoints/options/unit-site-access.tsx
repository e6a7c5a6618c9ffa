import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { reportError } from '../../report-error.ts';
import { parseSiteUrl } from '../../site/parse-site-url.ts';
import { useTranslate } from '../../ui/use-translate.ts';
import { useGrantedSites } from './use-granted-sites.ts';

/**
 * "Trang web của đơn vị": asks the browser for a host permission on the unit's website (optional
 * host permission, docs/architecture.md §2) and lists those granted. The background registers the
 * unit-site content script for them as soon as the browser reports the change.
 */
export function UnitSiteAccess() {
  const { t } = useTranslate();
  const sites = useGrantedSites();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const parsed = parseSiteUrl(String(new FormData(form).get('siteUrl') ?? ''));
    setStatus(null);
    if ('error' in parsed) {
      setError(t(parsed.error));
      return;
    }
    setError(null);
    // Called before any await: the browser only shows its prompt during the click's user gesture.
    browser.permissions.request({ origins: [parsed.pattern] }).then(
      (granted) => {
        if (!granted) return setError(t('siteDenied'));
        form.reset();
        setStatus(t('siteGrantedNow'));
      },
      (failure: unknown) => {
        reportError('options.siteAllow', failure);
        setError(String(failure));
      },
    );
  };

  const remove = (origin: string) => {
    setError(null);
    setStatus(null);
    browser.permissions.remove({ origins: [origin] }).catch((failure: unknown) => {
      reportError('options.siteRemove', failure);
      setError(String(failure));
    });
  };

  return (
    <section aria-labelledby="site-access-heading" data-site-access>
      <h2 id="site-access-heading">{t('siteAccessTitle')}</h2>
      <p class="hint">{t('siteAccessHint')}</p>
      <form onSubmit={onSubmit} noValidate>
        <label>
          {t('siteUrl')}
          <input
            name="siteUrl"
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-url-error' : undefined}
          />
        </label>
        <button type="submit">{t('siteAllow')}</button>
      </form>
      {error ? (
        <p id="site-url-error" role="alert">
          {error}
        </p>
      ) : null}
      {status ? <p role="status">{status}</p> : null}
      <h3>{t('siteGrantedList')}</h3>
      {sites === undefined ? null : sites.length === 0 ? (
        <p class="hint">{t('siteNoneGranted')}</p>
      ) : (
        <ul class="sites">
          {sites.map((origin) => (
            <li key={origin} data-granted-site={origin}>
              <span>{shown(origin)}</span>{' '}
              <button
                type="button"
                onClick={() => remove(origin)}
                aria-label={`${t('siteRemove')} ${shown(origin)}`}
              >
                {t('siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `https://thcs-abc.hcm.edu.vn/*` → `https://thcs-abc.hcm.edu.vn`. */
const shown = (origin: string) => origin.replace(/\/\*$/, '');
