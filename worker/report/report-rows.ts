import { CHECKLIST_ITEMS } from '../../shared/checklist/checklist-items.ts';
import type { UnitFigures } from '../db/read-period-figures.ts';
import { clusterTotals } from './cluster-totals.ts';
import type { Overview } from './read-overview.ts';

/** A part of the procedures: how many, and that as a percentage with one decimal (null of none). */
export interface Share {
  count: number;
  percent: number | null;
}

export const shareOf = (count: number, whole: number): Share => ({
  count,
  percent: whole === 0 ? null : Math.round((count / whole) * 1000) / 10,
});

/** One line of the report's unit table: a unit, or the total over the units listed. */
export interface ReportRow {
  /** Null on the total line. */
  unitId: string | null;
  name: string;
  kind: UnitFigures['kind'] | null;
  wardName: string | null;
  procedures: number;
  complete: Share;
  office: Share;
  website: Share;
  content: Share;
  stale: number;
  unitItemsMet: number;
  lastCheckAt: number | null;
  review: 'da_duyet' | 'can_bo_sung' | null;
}

/** A checklist item's figures for the whole selection. */
export interface ReportItemRow {
  itemId: string;
  scope: 'procedure' | 'unit';
  met: number;
  failing: number;
  /** Procedures assigned (P items) or units listed (U items). */
  of: number;
  percent: number | null;
}

export interface ReportRows {
  units: ReportRow[];
  total: ReportRow;
  unitCount: number;
  items: ReportItemRow[];
}

const shares = (u: {
  procedures: number;
  complete: number;
  office: number;
  website: number;
  content: number;
}) => ({
  procedures: u.procedures,
  complete: shareOf(u.complete, u.procedures),
  office: shareOf(u.office, u.procedures),
  website: shareOf(u.website, u.procedures),
  content: shareOf(u.content, u.procedures),
});

/**
 * The rows the printable report, the CSV and the XLSX all show, built once from the overview's
 * figures (the same `readOverview` the overview table reads), so the three cannot disagree with
 * each other or with the overview. Units keep the overview's order (Vietnamese collation).
 */
export function reportRows(overview: Overview): ReportRows {
  const { units } = overview;
  const totals = clusterTotals(units);
  return {
    units: units.map((unit) => ({
      unitId: unit.id,
      name: unit.name,
      kind: unit.kind,
      wardName: unit.wardName,
      ...shares(unit),
      stale: unit.stale,
      unitItemsMet: unit.unitItemsMet,
      lastCheckAt: unit.lastCheckAt,
      review: unit.review?.state ?? null,
    })),
    total: {
      unitId: null,
      name: '',
      kind: null,
      wardName: null,
      ...shares(totals),
      stale: totals.stale,
      unitItemsMet: totals.unitItemsMet,
      lastCheckAt: null,
      review: null,
    },
    unitCount: totals.units,
    items: CHECKLIST_ITEMS.map((item) => {
      const met = units.reduce((sum, unit) => sum + (unit.items[item.id]?.met ?? 0), 0);
      const failing = units.reduce((sum, unit) => sum + (unit.items[item.id]?.failing ?? 0), 0);
      const of = item.scope === 'unit' ? units.length : totals.procedures;
      return { itemId: item.id, scope: item.scope, met, failing, of, percent: shareOf(met, of).percent };
    }),
  };
}
