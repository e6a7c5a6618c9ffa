import * as v from 'valibot';
import { type Period, type PeriodKind, parsePeriod, periodOf } from '../../shared/report/period.ts';
import { vietnamDay } from '../../shared/text/vietnam-day.ts';
import type { ClusterSetting } from '../db/find-cluster-setting.ts';

export const UNIT_STATUSES = [
  'incomplete',
  'failing',
  'stale',
  'unreviewed',
  'can_bo_sung',
  'da_duyet',
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const SORT_COLUMNS = [
  'name',
  'ward',
  'procedures',
  'complete',
  'office',
  'website',
  'content',
  'stale',
  'unitItems',
  'lastCheck',
  'review',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/**
 * The overview's and the reports' query string (filters are links people share and bookmark):
 * anything unknown or malformed falls back to the default rather than failing the page.
 */
const ParamsSchema = v.object({
  kind: v.fallback(v.picklist(['month', 'quarter', 'half', 'nine', 'year']), 'quarter'),
  period: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(10))), undefined),
  field: v.fallback(v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))), undefined),
  ward: v.fallback(v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), undefined),
  status: v.fallback(v.optional(v.picklist(UNIT_STATUSES)), undefined),
  sort: v.fallback(v.picklist(SORT_COLUMNS), 'name'),
  dir: v.fallback(v.picklist(['asc', 'desc']), 'asc'),
});

export interface ReportParams {
  period: Period;
  field: string | null;
  ward: string | null;
  status: UnitStatus | null;
  sort: SortColumn;
  dir: 'asc' | 'desc';
}

/** Reads the query; without a period, the running one of the chosen kind (a quarter by default). */
export function reportParams(
  query: Record<string, string>,
  setting: ClusterSetting,
  now: number,
): ReportParams {
  const raw = v.parse(ParamsSchema, query);
  const chosen = raw.period ? parsePeriod(raw.period) : null;
  const kind: PeriodKind = chosen?.kind ?? raw.kind;
  return {
    period: chosen ?? periodOf(kind, vietnamDay(now), setting.cutoffDay),
    field: raw.field ?? null,
    ward: raw.ward ?? null,
    status: raw.status ?? null,
    sort: raw.sort,
    dir: raw.dir,
  };
}

/** The query string of a set of params (links keep the other filters when one changes). */
export function reportQuery(params: Partial<Record<string, string | null>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}
