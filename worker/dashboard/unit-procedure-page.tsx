import { PROCEDURE_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { type Period, periodKey } from '../../shared/report/period.ts';
import type { ClusterSetting } from '../db/find-cluster-setting.ts';
import type { ClusterUnit } from '../db/find-cluster-unit.ts';
import type { Review } from '../db/find-review.ts';
import type { FiguresQuery } from '../db/read-period-figures.ts';
import type { ProcedureState } from '../db/read-unit-checklist.ts';
import type { SubjectDetail } from '../report/read-subject-detail.ts';
import { reportQuery } from '../report/report-params.ts';
import { ItemAnswersTable } from './item-answers-table.tsx';
import type { PageContext } from './page-context.ts';
import { PageLayout } from './page-layout.tsx';
import { PeriodForm } from './period-form.tsx';

export interface UnitProcedureView {
  unit: ClusterUnit;
  procedure: ProcedureState;
  period: Period;
  query: FiguresQuery;
  setting: ClusterSetting;
  now: number;
  detail: SubjectDetail;
  review: Review | null;
}

/**
 * One procedure of one unit: P01–P23 with the state at the period's end, the current answer with
 * its evidence (excerpt, link, date, photos, note), who checked it and when, the reviewer's
 * comment and the history, including writes that lost to a concurrent one.
 */
export function UnitProcedurePage({ page, view }: { page: PageContext; view: UnitProcedureView }) {
  const { t } = page;
  const { unit, procedure, review } = view;
  const period = reportQuery({ period: periodKey(view.period) });
  return (
    <PageLayout page={page} title={`${procedure.name} · ${unit.name}`}>
      <p class="actions">
        <a href={`/unit/${encodeURIComponent(unit.id)}${period}`}>{t('backToUnit', { unit: unit.name })}</a>
        <a href={`/procedure/${encodeURIComponent(procedure.key)}${period}`}>{t('procedureAcrossUnits')}</a>
      </p>
      <h1>{procedure.name}</h1>
      <p>
        {unit.name} · {t('procedureCode')}: {procedure.code ?? t('noCode')} · {t('procedureField')}:{' '}
        {procedure.field}
      </p>
      <PeriodForm page={page} period={view.period} query={view.query} setting={view.setting} now={view.now} />
      {review && (
        <p data-review={review.state}>
          {t('colReview')}: {t(`review_${review.state}`)}
          {review.comment ? ` – ${review.comment}` : ''}
        </p>
      )}
      <ItemAnswersTable
        page={page}
        caption={t('procedureItemsCaption', { procedure: procedure.name, unit: unit.name })}
        items={PROCEDURE_ITEMS}
        detail={view.detail}
      />
      <p class="note">{t('answersNote')}</p>
    </PageLayout>
  );
}
