import { UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { type Period, periodKey } from '../../shared/report/period.ts';
import type { ClusterSetting } from '../db/find-cluster-setting.ts';
import type { ClusterUnit } from '../db/find-cluster-unit.ts';
import type { Review } from '../db/find-review.ts';
import type { FiguresQuery, UnitFigures } from '../db/read-period-figures.ts';
import type { ProcedureState } from '../db/read-unit-checklist.ts';
import type { SubjectDetail } from '../report/read-subject-detail.ts';
import { reportQuery } from '../report/report-params.ts';
import { ItemAnswersTable } from './item-answers-table.tsx';
import { ItemMatrix } from './item-matrix.tsx';
import type { PageContext } from './page-context.ts';
import { PageLayout } from './page-layout.tsx';
import { PeriodForm } from './period-form.tsx';
import { ReviewEditor } from './review-editor.tsx';
import { ReviewSection } from './review-section.tsx';
import { UnitFiguresTable } from './unit-figures-table.tsx';

export interface UnitView {
  unit: ClusterUnit;
  /** The unit's figures at the period's end; null when it was not in the cluster then. */
  figures: UnitFigures | null;
  period: Period;
  query: FiguresQuery;
  setting: ClusterSetting;
  now: number;
  procedures: ProcedureState[];
  unitItems: SubjectDetail;
  review: Review | null;
  /** The review form was just saved (the redirect after it says so). */
  saved: boolean;
}

/**
 * A unit's page for a period: its figures, the review, its procedures × P01–P23 (each linking to
 * the procedure's answers and evidence), its unit items U01–U15 with their answers, evidence and
 * history, and last the review form (after what it judges).
 */
export function UnitPage({ page, view }: { page: PageContext; view: UnitView }) {
  const { t } = page;
  const { unit, figures, query } = view;
  const key = periodKey(view.period);
  const period = reportQuery({ period: key });
  const unitPath = `/unit/${encodeURIComponent(unit.id)}`;
  return (
    <PageLayout page={page} title={unit.name}>
      <p class="actions">
        <a href={`/${period}`}>{t('backToOverview')}</a>
      </p>
      <h1>{unit.name}</h1>
      <p>
        {unit.kind === 'school' ? t('kind_school') : t('kind_ward')}
        {figures?.wardName && unit.kind === 'school' ? ` · ${t('inWard', { ward: figures.wardName })}` : ''}
      </p>
      <PeriodForm page={page} period={view.period} query={query} setting={view.setting} now={view.now} />
      {figures ? <UnitFiguresTable page={page} unit={figures} /> : <p>{t('unitNotInPeriod')}</p>}
      <ReviewSection page={page} review={view.review} saved={view.saved} />
      <section aria-labelledby="procedures-title">
        <h2 id="procedures-title">{t('unitProceduresTitle')}</h2>
        {view.procedures.length === 0 ? (
          <p>{t('assignmentsNone')}</p>
        ) : (
          <ItemMatrix
            page={page}
            caption={t('unitMatrixCaption', { count: view.procedures.length })}
            rowHeader={t('procedure')}
            periodKey={key}
            rows={view.procedures.map((procedure) => ({
              id: procedure.key,
              label: procedure.code ? `${procedure.name} (${procedure.code})` : procedure.name,
              href: `${unitPath}/procedure/${encodeURIComponent(procedure.key)}${period}`,
              state: procedure,
              comments: (view.review?.comments ?? []).filter((c) => c.subject === procedure.key),
            }))}
          />
        )}
      </section>
      <section aria-labelledby="unit-items-title">
        <h2 id="unit-items-title">{t('unitItemsTitle')}</h2>
        <ItemAnswersTable
          page={page}
          caption={t('unitItemsCaption')}
          items={UNIT_ITEMS}
          detail={view.unitItems}
        />
      </section>
      <ReviewEditor
        page={page}
        unitId={unit.id}
        periodKey={key}
        review={view.review}
        procedures={view.procedures}
      />
    </PageLayout>
  );
}
