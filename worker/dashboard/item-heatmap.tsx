import { CHECKLIST_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { ItemCount, UnitFigures } from '../db/read-period-figures.ts';
import type { PageContext } from './page-context.ts';

/** A cell's shade: every procedure met, some met, some failing, nothing yet. */
const shade = ({ met, failing }: ItemCount, of: number): string =>
  failing > 0 ? 'h-fail' : of > 0 && met === of ? 'h-all' : met > 0 ? 'h-some' : 'h-none';

/**
 * Units × checklist items: each cell's text is its figure (procedures meeting the item / assigned;
 * for unit items Met, Not met or –), the shade only repeats it, and the item's name is the column
 * header's title and abbreviation expansion.
 */
export function ItemHeatmap({ page, units }: { page: PageContext; units: readonly UnitFigures[] }) {
  const { t, language } = page;
  return (
    <div class="scroll">
      <table class="heatmap">
        <caption>{t('heatmapCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colUnit')}</th>
            {CHECKLIST_ITEMS.map((item) => (
              <th key={item.id} scope="col">
                <a href={`/item/${item.id}`}>
                  <abbr title={item[language]}>{item.id}</abbr>
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id}>
              <th scope="row">{unit.name}</th>
              {CHECKLIST_ITEMS.map((item) => {
                const count = unit.items[item.id]!;
                const of = item.scope === 'unit' ? 1 : unit.procedures;
                const text =
                  item.scope === 'unit'
                    ? count.met
                      ? t('heatmapMet')
                      : count.failing
                        ? t('heatmapFailing')
                        : '–'
                    : `${count.met}/${unit.procedures}`;
                return (
                  <td key={item.id} class={`num ${shade(count, of)}`} data-item={item.id}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="note">{t('heatmapLegend')}</p>
    </div>
  );
}
