import { formatTime } from '../dashboard/format-time.ts';
import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { DeviceListing } from '../db/list-cluster-devices.ts';
import { CSRF_FIELD } from '../http/read-form.ts';

/** The cluster's devices: name, unit, when enrolled and last seen, and a revoke button. */
export function DevicesPage({ page, devices }: { page: PageContext; devices: DeviceListing[] }) {
  const { t, language } = page;
  return (
    <PageLayout page={page} title={t('devicesTitle')}>
      <h1>{t('devicesTitle')}</h1>
      <p class="note">{t('devicesIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('deviceLabel')}</th>
            <th scope="col">{t('colUnit')}</th>
            <th scope="col">{t('deviceCreated')}</th>
            <th scope="col">{t('deviceLastSeen')}</th>
            <th scope="col">{t('deviceState')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((device) => (
            <tr key={device.id} data-device={device.id}>
              <td>{device.label ?? '—'}</td>
              <td>{device.unitName}</td>
              <td>{formatTime(device.createdAt, language)}</td>
              <td>{device.lastSeenAt === null ? t('never') : formatTime(device.lastSeenAt, language)}</td>
              <td>
                {device.revokedAt !== null ? (
                  t('deviceRevokedAt', { at: formatTime(device.revokedAt, language) })
                ) : (
                  <form class="inline" method="post" action="/admin/devices/revoke">
                    <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />
                    <input type="hidden" name="device" value={device.id} />
                    <button
                      type="submit"
                      class="danger"
                      aria-label={`${t('revoke')}: ${device.label ?? device.unitName}`}
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
