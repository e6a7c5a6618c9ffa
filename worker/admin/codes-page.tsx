import { formatTime } from '../dashboard/format-time.ts';
import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { CodeListing } from '../db/list-cluster-codes.ts';
import type { TreeUnit } from '../db/list-cluster-tree.ts';
import { CSRF_FIELD } from '../http/read-form.ts';

/** The cluster's enrolment codes (never the codes themselves) and the form that issues one. */
export function CodesPage({
  page,
  codes,
  units,
  unitId,
  now,
}: {
  page: PageContext;
  codes: CodeListing[];
  units: TreeUnit[];
  unitId: string | null;
  now: number;
}) {
  const { t, language } = page;
  const state = (code: CodeListing) =>
    code.revokedAt !== null
      ? t('codeRevoked')
      : code.expiresAt <= now
        ? t('codeExpired')
        : code.enrolled >= code.maxDevices
          ? t('codeUsedUp')
          : t('codeActive');
  return (
    <PageLayout page={page} title={t('codesTitle')}>
      <h1>{t('codesTitle')}</h1>
      <p class="note">{t('codesIntro')}</p>
      <h2 id="issue">{t('issueCode')}</h2>
      <form method="post" action="/admin/codes" aria-labelledby="issue">
        <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />
        <label>
          {t('colUnit')}
          <select name="unit">
            {units.map((unit) => (
              <option key={unit.id} value={unit.id} selected={unit.id === unitId}>
                {unit.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('expiresInDays')}
          <input name="days" type="number" min={1} max={365} value="30" required />
        </label>
        <label>
          {t('maxDevices')}
          <input name="devices" type="number" min={1} max={50} value="1" required />
        </label>
        <button type="submit">{t('issueCode')}</button>
      </form>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('colUnit')}</th>
            <th scope="col">{t('issuedAt')}</th>
            <th scope="col">{t('codeExpires')}</th>
            <th scope="col" class="num">
              {t('codeUses')}
            </th>
            <th scope="col">{t('codeState')}</th>
            <th scope="col">
              <span class="note">{t('revoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code.handle} data-code={code.handle}>
              <td>{code.unitName}</td>
              <td>{formatTime(code.createdAt, language)}</td>
              <td>{formatTime(code.expiresAt, language)}</td>
              <td class="num">
                {code.enrolled}/{code.maxDevices}
              </td>
              <td>{state(code)}</td>
              <td>
                {code.revokedAt === null && code.expiresAt > now && (
                  <form class="inline" method="post" action="/admin/codes/revoke">
                    <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />
                    <input type="hidden" name="code" value={code.handle} />
                    <button
                      type="submit"
                      class="secondary"
                      aria-label={`${t('revoke')}: ${code.unitName}, ${formatTime(code.createdAt, language)}`}
                    >
                      {t('revoke')}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageLayout>
  );
}
