/**
 * A reporting period (docs/product.md §5): a month, a quarter, the first 6 or 9 months, or a year.
 * Keys are stable text, used in URLs and stored with reviews: `2026-M11`, `2026-Q4`, `2026-6M`,
 * `2026-9M`, `2026-Y`.
 */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12 or quarter 1–4; 1 for the others. */
  index: number;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'nine', 'year'];

const KEY = /^(\d{4})-(?:M(1[0-2]|[1-9])|Q([1-4])|(6M)|(9M)|(Y))$/;

/** The period a key names, or null for anything else (keys come from URLs and forms). */
export function parsePeriod(key: string): Period | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2999) return null;
  if (match[2]) return { kind: 'month', year, index: Number(match[2]) };
  if (match[3]) return { kind: 'quarter', year, index: Number(match[3]) };
  if (match[4]) return { kind: 'half', year, index: 1 };
  if (match[5]) return { kind: 'nine', year, index: 1 };
  return { kind: 'year', year, index: 1 };
}

export function periodKey({ kind, year, index }: Period): string {
  switch (kind) {
    case 'month':
      return `${year}-M${index}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half':
      return `${year}-6M`;
    case 'nine':
      return `${year}-9M`;
    case 'year':
      return `${year}-Y`;
  }
}

/** The reporting months (1–12) a period spans: the 6 and 9 months count from January. */
export function periodMonths({ kind, index }: Period): { first: number; last: number } {
  switch (kind) {
    case 'month':
      return { first: index, last: index };
    case 'quarter':
      return { first: index * 3 - 2, last: index * 3 };
    case 'half':
      return { first: 1, last: 6 };
    case 'nine':
      return { first: 1, last: 9 };
    case 'year':
      return { first: 1, last: 12 };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The last day (`YYYY-MM-DD`, inclusive) of reporting month `month` of `year`: the month's own last
 * day on the calendar, or its cut-off day when the cluster reports on one.
 */
function monthEnd(year: number, month: number, cutoffDay: number | null): string {
  return `${year}-${pad(month)}-${pad(cutoffDay ?? lastDayOf(year, month))}`;
}

/**
 * The days a period covers (inclusive, `YYYY-MM-DD`). With a cut-off day `d`, reporting month `m`
 * runs from the day after the cut-off of month `m − 1` to day `d` of month `m` (so Q4 with cut-off
 * 15 is 16 Sep – 15 Dec).
 */
export function periodDays(period: Period, cutoffDay: number | null): { start: string; end: string } {
  const { first, last } = periodMonths(period);
  const before =
    first === 1 ? monthEnd(period.year - 1, 12, cutoffDay) : monthEnd(period.year, first - 1, cutoffDay);
  return { start: nextDay(before), end: monthEnd(period.year, last, cutoffDay) };
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The period of `kind` that contains `day` (a Vietnam calendar day). */
export function periodOf(kind: PeriodKind, day: string, cutoffDay: number | null): Period {
  let [year, month] = day.split('-').map(Number) as [number, number];
  const date = Number(day.slice(8, 10));
  // Past the cut-off, a day belongs to the next reporting month.
  if (cutoffDay !== null && date > cutoffDay) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  switch (kind) {
    case 'month':
      return { kind, year, index: month };
    case 'quarter':
      return { kind, year, index: Math.ceil(month / 3) };
    default:
      return { kind, year, index: 1 };
  }
}

/**
 * The period of the same kind just before: the month or quarter before, the year before for the
 * cumulative ones (6 months of 2026 follows 6 months of 2025).
 */
export function previousPeriod({ kind, year, index }: Period): Period {
  if (kind === 'month')
    return index === 1 ? { kind, year: year - 1, index: 12 } : { kind, year, index: index - 1 };
  if (kind === 'quarter')
    return index === 1 ? { kind, year: year - 1, index: 4 } : { kind, year, index: index - 1 };
  return { kind, year: year - 1, index };
}

/** The period's name for people. */
export function periodLabel({ kind, year, index }: Period, language: 'vi' | 'en'): string {
  const vi = language === 'vi';
  switch (kind) {
    case 'month':
      return vi ? `Tháng ${index}/${year}` : `${MONTHS_EN[index - 1]} ${year}`;
    case 'quarter':
      return vi ? `Quý ${['I', 'II', 'III', 'IV'][index - 1]}/${year}` : `Q${index} ${year}`;
    case 'half':
      return vi ? `6 tháng đầu năm ${year}` : `First 6 months of ${year}`;
    case 'nine':
      return vi ? `9 tháng đầu năm ${year}` : `First 9 months of ${year}`;
    case 'year':
      return vi ? `Năm ${year}` : `Year ${year}`;
  }
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
