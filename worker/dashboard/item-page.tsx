import type { ChecklistItem } from '../../shared/checklist/checklist-items.ts';
import { type Period, periodKey } from '../../shared/report/period.ts';
import type { ClusterSetting } from '../db/find-cluster-setting.ts';
import { ITEM_FAILURES_LIMIT, type ItemFailure } from '../db/list-item-failures.ts';
import type { FiguresQuery, UnitFigures } from '../db/read-period-figures.ts';
import { reportQuery } from '../report/report-params.ts';
import { formatCompletion } from './format-completion.ts';
import { formatTime } from './format-time.ts';
import type { PageContext } from './page-context.ts';
import { PageLayout } from './page-layout.tsx';
import { PeriodForm } from './period-form.tsx';
import { StatusMark } from './status-mark.tsx';

export interface ItemView {
  item: ChecklistItem;
  units: UnitFigures[];
  /** P-items: the procedures failing it at the period's end (empty for unit items). */
  failures: ItemFailure[];
  period: Period;
  query: FiguresQuery;
  setting: ClusterSetting;
  now: number;
}

/**
 * One checklist item across the cluster: per unit, how many of its procedures meet it and fail it
 * (a unit item: met, not met or none), then the procedures failing it, each linking to the
 * unit's answer and evidence.
 */
export function ItemPage({ page, view }: { page: PageContext; view: ItemView }) {
  const { t, language } = page;
  const { item, units, failures } = view;
  const period = reportQuery({ period: periodKey(view.period) });
  const unitLink = (id: string) => `/unit/${encodeURIComponent(id)}${period}`;
  return (
    <PageLayout page={page} title={`${item.id} – ${item[language]}`}>
      <p class="actions">
        <a href={`/${period}`}>{t('backToOverview')}</a>
      </p>
      <h1>
        {item.id} – {item[language]}
      </h1>
      <p class="note">{t('itemBasis', { basis: item.basis })}</p>
      <PeriodForm page={page} period={view.period} query={view.query} setting={view.setting} now={view.now} />
      <table class="figures">
        <caption>{t(item.scope === 'unit' ? 'itemUnitCaption' : 'itemCaption', { item: item.id })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colUnit')}</th>
            <th scope="col">{t('colWard')}</th>
            {item.scope === 'unit' ? (
              <th scope="col">{t('colPeriodState')}</th>
            ) : (
              <>
                <th scope="col" class="num">
                  {t('itemMet')}
                </th>
                <th scope="col" class="num">
                  {t('itemFailing')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => {
            const count = unit.items[item.id]!;
            return (
              <tr key={unit.id} data-unit={unit.id}>
                <th scope="row">
                  <a href={`${unitLink(unit.id)}${item.scope === 'unit' ? `#${item.id}` : ''}`}>
                    {unit.name}
                  </a>
                </th>
                <td>{unit.kind === 'ward' ? t('kind_ward') : (unit.wardName ?? '–')}</td>
                {item.scope === 'unit' ? (
                  <td data-col="state">
                    <StatusMark page={page} status={count.met ? 'met' : count.failing ? 'failing' : 'none'} />
                  </td>
                ) : (
                  <>
                    <td class="num" data-col="met">
                      {formatCompletion(count.met, unit.procedures, language)}
                    </td>
                    <td class="num" data-col="failing">
                      {count.failing}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {item.scope === 'procedure' && (
        <section aria-labelledby="failing-title">
          <h2 id="failing-title">{t('itemFailuresTitle', { item: item.id })}</h2>
          {failures.length === 0 ? (
            <p>{t('itemFailuresNone')}</p>
          ) : (
            <table>
              <caption>{t('itemFailuresCaption', { item: item.id, count: failures.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colUnit')}</th>
                  <th scope="col">{t('procedure')}</th>
                  <th scope="col">{t('colLastCheck')}</th>
                </tr>
              </thead>
              <tbody>
                {failures.map((failure) => (
                  <tr
                    key={`${failure.unitId} ${failure.key}`}
                    data-failure={`${failure.unitId} ${failure.key}`}
                  >
                    <th scope="row">
                      <a href={unitLink(failure.unitId)}>{failure.unitName}</a>
                    </th>
                    <td>
                      <a
                        href={`/unit/${encodeURIComponent(failure.unitId)}/procedure/${encodeURIComponent(failure.key)}${period}#${item.id}`}
                      >
                        {failure.code ? `${failure.name} (${failure.code})` : failure.name}
                      </a>
                    </td>
                    <td>
                      {failure.checkedAt === null ? (
                        t('neverChecked')
                      ) : (
                        <time dateTime={new Date(failure.checkedAt).toISOString()}>
                          {formatTime(failure.checkedAt, language)}
                        </time>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {failures.length >= ITEM_FAILURES_LIMIT && <p class="note">{t('itemFailuresMore')}</p>}
        </section>
      )}
    </PageLayout>
  );
}
