import type { UnitFigures } from '../db/read-period-figures.ts';

export interface UnitChange {
  unit: UnitFigures;
  complete: number;
  failing: number;
  unitItems: { before: number; after: number } | null;
}

/**
 * What changed for each unit between the end of the previous period and now (or the chosen
 * period's end): the differences in its counts (stale ones are not kept for past periods, see
 * read-overview.ts); units where nothing moved are left out.
 */
export function unitChanges(current: readonly UnitFigures[], previous: readonly UnitFigures[]): UnitChange[] {
  const before = new Map(previous.map((unit) => [unit.id, unit]));
  return current.flatMap((unit) => {
    const old = before.get(unit.id);
    const change: UnitChange = {
      unit,
      complete: unit.complete - (old?.complete ?? 0),
      failing: unit.failing - (old?.failing ?? 0),
      unitItems:
        unit.unitItemsMet === (old?.unitItemsMet ?? 0)
          ? null
          : { before: old?.unitItemsMet ?? 0, after: unit.unitItemsMet },
    };
    return change.complete || change.failing || change.unitItems ? [change] : [];
  });
}
