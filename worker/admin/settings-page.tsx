import { periodDays, periodLabel, periodOf } from '../../shared/report/period.ts';
import { vietnamDay } from '../../shared/text/vietnam-day.ts';
import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';
import type { ClusterSetting } from '../db/find-cluster-setting.ts';
import { CSRF_FIELD } from '../http/read-form.ts';

/** Days 1–28: every month has them, so a cut-off day never falls outside a month. */
const DAYS = Array.from({ length: 28 }, (_, i) => i + 1);
const dayText = (day: string) => day.split('-').reverse().join('/');

/**
 * The cluster's report settings (issue #9): the monthly cut-off day (or calendar months) and the
 * re-check interval, in one form that works without script; the running quarter's days under the
 * settings in use show what the cut-off means.
 */
export function SettingsPage({
  page,
  setting,
  saved,
  now,
}: {
  page: PageContext;
  setting: ClusterSetting;
  saved: boolean;
  now: number;
}) {
  const { t, language } = page;
  const quarter = periodOf('quarter', vietnamDay(now), setting.cutoffDay);
  const days = periodDays(quarter, setting.cutoffDay);
  return (
    <PageLayout page={page} title={t('settingsTitle')}>
      <h1 id="settings">{t('settingsTitle')}</h1>
      {saved && (
        <p class="notice" role="status">
          {t('settingsSaved')}
        </p>
      )}
      <p class="note">{t('settingsIntro')}</p>
      <p>
        {t('settingsExample', {
          period: periodLabel(quarter, language),
          start: dayText(days.start),
          end: dayText(days.end),
        })}
      </p>
      <form method="post" action="/admin/settings" class="stack" aria-labelledby="settings">
        <input type="hidden" name={CSRF_FIELD} value={page.csrfToken ?? ''} />
        <label>
          {t('settingsCutoff')}
          <select name="cutoffDay" aria-describedby="cutoff-help cutoff-warning">
            <option value="calendar" selected={setting.cutoffDay === null}>
              {t('settingsCalendar')}
            </option>
            {DAYS.map((day) => (
              <option key={day} value={String(day)} selected={setting.cutoffDay === day}>
                {t('settingsCutoffDay', { day })}
              </option>
            ))}
          </select>
        </label>
        <p class="note" id="cutoff-help">
          {t('settingsCutoffHelp')}
        </p>
        <p class="note" id="cutoff-warning">
          {t('settingsCutoffWarning')}
        </p>
        <label>
          {t('settingsRecheck')}
          <input
            name="recheckMonths"
            type="number"
            min={1}
            max={24}
            value={String(setting.recheckMonths)}
            required
            aria-describedby="recheck-help"
          />
        </label>
        <p class="note" id="recheck-help">
          {t('settingsRecheckHelp')}
        </p>
        <button type="submit">{t('save')}</button>
      </form>
    </PageLayout>
  );
}
