import { ALL_P_ITEMS } from '../../shared/report/item-bits.ts';
import { type Period, periodKey } from '../../shared/report/period.ts';
import type { ClusterProcedure } from '../db/find-cluster-procedure.ts';
import type { ClusterSetting } from '../db/find-cluster-setting.ts';
import type { ProcedureUnit } from '../db/list-procedure-units.ts';
import type { FiguresQuery } from '../db/read-period-figures.ts';
import { reportQuery } from '../report/report-params.ts';
import { formatCompletion } from './format-completion.ts';
import { ItemMatrix } from './item-matrix.tsx';
import type { PageContext } from './page-context.ts';
import { PageLayout } from './page-layout.tsx';
import { PeriodForm } from './period-form.tsx';

export interface ProcedureView {
  procedure: ClusterProcedure;
  units: ProcedureUnit[];
  period: Period;
  query: FiguresQuery;
  setting: ClusterSetting;
  now: number;
}

/**
 * One procedure across the cluster's units that handle it: per unit, P01–P23 at the period's end
 * and the last check; each row leads to that unit's answers and evidence for the procedure.
 */
export function ProcedurePage({ page, view }: { page: PageContext; view: ProcedureView }) {
  const { t, language } = page;
  const { procedure, units } = view;
  const period = reportQuery({ period: periodKey(view.period) });
  const complete = units.filter((unit) => (unit.metMask & ALL_P_ITEMS) === ALL_P_ITEMS).length;
  return (
    <PageLayout page={page} title={procedure.name}>
      <p class="actions">
        <a href={`/${period}`}>{t('backToOverview')}</a>
      </p>
      <h1>{procedure.name}</h1>
      <p>
        {t('procedureCode')}: {procedure.code ?? t('noCode')} · {t('procedureField')}: {procedure.field} ·{' '}
        {t('procedureLevel')}: {procedure.level}
      </p>
      <PeriodForm page={page} period={view.period} query={view.query} setting={view.setting} now={view.now} />
      <p data-figure="complete">
        {t('procedureComplete', { figure: formatCompletion(complete, units.length, language) })}
      </p>
      <ItemMatrix
        page={page}
        caption={t('procedureMatrixCaption', { count: units.length })}
        rowHeader={t('colUnit')}
        periodKey={periodKey(view.period)}
        rows={units.map((unit) => ({
          id: unit.id,
          label: unit.name,
          href: `/unit/${encodeURIComponent(unit.id)}/procedure/${encodeURIComponent(procedure.key)}${period}`,
          state: unit,
        }))}
      />
    </PageLayout>
  );
}
