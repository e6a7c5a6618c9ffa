import type { ChecklistItem } from '../../shared/checklist/checklist-items.ts';
import type { SubjectDetail } from '../report/read-subject-detail.ts';
import { AnswerEvidence } from './answer-evidence.tsx';
import { AnswerHistory } from './answer-history.tsx';
import { itemState } from './item-state.ts';
import type { PageContext } from './page-context.ts';
import { StatusMark } from './status-mark.tsx';

/**
 * One subject's items (a procedure's P01–P23, or the unit items), one row each: the state at the
 * period's end, the current answer with its evidence and who checked it, the reviewer's comment
 * and the answer's history. Each row is the anchor `#P05` the matrix cells link to.
 */
export function ItemAnswersTable({
  page,
  caption,
  items,
  detail,
}: {
  page: PageContext;
  caption: string;
  items: readonly ChecklistItem[];
  detail: SubjectDetail;
}) {
  const { t, language } = page;
  return (
    <table class="answers">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colChecklistItem')}</th>
          <th scope="col">{t('colPeriodState')}</th>
          <th scope="col">{t('colAnswer')}</th>
          <th scope="col">{t('colReviewComment')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const comment = detail.comments.get(item.id);
          return (
            <tr key={item.id} id={item.id} data-item={item.id}>
              <th scope="row">
                <abbr title={item[language]}>{item.id}</abbr> {item[language]}
              </th>
              <td>
                <StatusMark page={page} status={itemState(item.id, detail.state)} />
              </td>
              <td>
                <AnswerEvidence page={page} itemId={item.id} fields={detail.answers.get(item.id)} />
                <AnswerHistory page={page} itemId={item.id} entries={detail.histories.get(item.id) ?? []} />
              </td>
              <td class="pre" data-col="comment">
                {comment ?? ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
