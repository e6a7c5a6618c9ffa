import { periodLabel, previousPeriod } from '../../shared/report/period.ts';
import type { Overview } from '../report/read-overview.ts';
import { unitChanges } from '../report/unit-changes.ts';
import type { PageContext } from './page-context.ts';

/** "What changed since the last report": one line per unit whose counts moved. */
export function ChangesList({ page, overview }: { page: PageContext; overview: Overview }) {
  const { t, language } = page;
  const changes = unitChanges(overview.units, overview.previous);
  const signed = (count: number, up: Parameters<typeof t>[0], down: Parameters<typeof t>[0]) =>
    count > 0 ? [t(up, { count })] : count < 0 ? [t(down, { count: -count })] : [];
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">
        {t('changesTitle', { period: periodLabel(previousPeriod(overview.params.period), language) })}
      </h2>
      {changes.length === 0 ? (
        <p>{t('changesNone')}</p>
      ) : (
        <ul class="changes">
          {changes.map((change) => (
            <li key={change.unit.id} data-unit={change.unit.id}>
              <strong>{change.unit.name}</strong>:{' '}
              {[
                ...signed(change.complete, 'changesCompleteUp', 'changesCompleteDown'),
                ...signed(change.failing, 'changesFailingUp', 'changesFailingDown'),
                ...(change.unitItems ? [t('changesUnitItems', change.unitItems)] : []),
              ].join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
