import type { UnitFigures } from '../db/read-period-figures.ts';
import type { SortColumn, UnitStatus } from './report-params.ts';
import { vietnameseOrder } from './vietnamese-order.ts';

const share = (part: number, whole: number) => (whole === 0 ? -1 : part / whole);

const KEYS: Record<SortColumn, (unit: UnitFigures) => number | string> = {
  name: (u) => u.name,
  ward: (u) => u.wardName ?? '',
  procedures: (u) => u.procedures,
  complete: (u) => share(u.complete, u.procedures),
  office: (u) => share(u.office, u.procedures),
  website: (u) => share(u.website, u.procedures),
  content: (u) => share(u.content, u.procedures),
  stale: (u) => u.stale,
  unitItems: (u) => u.unitItemsMet,
  lastCheck: (u) => u.lastCheckAt ?? 0,
  review: (u) => u.review?.state ?? '',
};

const MATCHES: Record<UnitStatus, (unit: UnitFigures) => boolean> = {
  incomplete: (u) => u.complete < u.procedures,
  failing: (u) => u.failing > 0 || u.unitItemsFailing > 0,
  stale: (u) => u.stale > 0,
  unreviewed: (u) => u.review === null,
  can_bo_sung: (u) => u.review?.state === 'can_bo_sung',
  da_duyet: (u) => u.review?.state === 'da_duyet',
};

/**
 * The units a view lists: those matching the status filter, wards before schools when sorted by
 * name, in Vietnamese alphabetical order; ties keep that order.
 */
export function selectUnits(
  units: readonly UnitFigures[],
  status: UnitStatus | null,
  sort: SortColumn,
  dir: 'asc' | 'desc',
): UnitFigures[] {
  const byName = [...units].sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === 'ward' ? -1 : 1) || vietnameseOrder(a.name, b.name),
  );
  const chosen = status ? byName.filter(MATCHES[status]) : byName;
  if (sort === 'name' && dir === 'asc') return chosen;
  const key = KEYS[sort];
  const sign = dir === 'asc' ? 1 : -1;
  return chosen
    .map((unit, order) => ({ unit, order }))
    .sort((a, b) => {
      const x = key(a.unit);
      const y = key(b.unit);
      const compared = typeof x === 'string' ? vietnameseOrder(x, y as string) : x - (y as number);
      return sign * compared || a.order - b.order;
    })
    .map(({ unit }) => unit);
}
