import type { UnitFigures } from '../db/read-period-figures.ts';

export interface ClusterTotals {
  units: number;
  procedures: number;
  complete: number;
  office: number;
  website: number;
  content: number;
  stale: number;
  unitItemsMet: number;
}

/** The sums a report's total line and the trend show, over the units listed. */
export const clusterTotals = (units: readonly UnitFigures[]): ClusterTotals =>
  units.reduce(
    (sum, u) => ({
      units: sum.units + 1,
      procedures: sum.procedures + u.procedures,
      complete: sum.complete + u.complete,
      office: sum.office + u.office,
      website: sum.website + u.website,
      content: sum.content + u.content,
      stale: sum.stale + u.stale,
      unitItemsMet: sum.unitItemsMet + u.unitItemsMet,
    }),
    { units: 0, procedures: 0, complete: 0, office: 0, website: 0, content: 0, stale: 0, unitItemsMet: 0 },
  );
