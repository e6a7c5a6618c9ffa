import { describe, expect, it } from 'vitest';
import {
  parsePeriod,
  periodDays,
  periodKey,
  periodLabel,
  periodOf,
  previousPeriod,
} from '../../../shared/report/period.ts';

describe('parsePeriod / periodKey', () => {
  it.each(['2026-M1', '2026-M12', '2026-Q4', '2026-6M', '2026-9M', '2026-Y'])('round-trips %s', (key) => {
    expect(periodKey(parsePeriod(key)!)).toBe(key);
  });

  it.each(['', '2026', '2026-M13', '2026-M0', '2026-Q5', '26-Q1', '2026-Q1 ', '1999-Y', "2026-Q1' OR 1"])(
    'refuses %j',
    (key) => expect(parsePeriod(key)).toBeNull(),
  );
});

describe('periodDays', () => {
  it('follows the calendar without a cut-off day', () => {
    expect(periodDays(parsePeriod('2026-Q1')!, null)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodDays(parsePeriod('2024-M2')!, null)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodDays(parsePeriod('2026-9M')!, null)).toEqual({ start: '2026-01-01', end: '2026-09-30' });
    expect(periodDays(parsePeriod('2026-Y')!, null)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('runs from the day after one cut-off to the next with a cut-off day (15th: Q4 is 16 Sep – 15 Dec)', () => {
    expect(periodDays(parsePeriod('2026-Q4')!, 15)).toEqual({ start: '2026-09-16', end: '2026-12-15' });
    expect(periodDays(parsePeriod('2026-Y')!, 15)).toEqual({ start: '2025-12-16', end: '2026-12-15' });
    expect(periodDays(parsePeriod('2026-6M')!, 15)).toEqual({ start: '2025-12-16', end: '2026-06-15' });
  });
});

describe('periodOf', () => {
  it('puts a day in its calendar period', () => {
    expect(periodKey(periodOf('quarter', '2026-12-01', null))).toBe('2026-Q4');
    expect(periodKey(periodOf('month', '2026-03-31', null))).toBe('2026-M3');
  });

  it('moves a day past the cut-off into the next reporting month, across the year too', () => {
    expect(periodKey(periodOf('month', '2026-03-16', 15))).toBe('2026-M4');
    expect(periodKey(periodOf('quarter', '2026-12-16', 15))).toBe('2027-Q1');
    expect(periodKey(periodOf('year', '2026-12-15', 15))).toBe('2026-Y');
  });

  it('every day of a period lies within its days', () => {
    for (const cutoff of [null, 15, 28])
      for (const day of ['2026-01-01', '2026-02-28', '2026-06-15', '2026-06-16', '2026-12-31']) {
        const { start, end } = periodDays(periodOf('quarter', day, cutoff), cutoff);
        expect(start <= day && day <= end, `${day} cut-off ${cutoff}`).toBe(true);
      }
  });
});

describe('previousPeriod and periodLabel', () => {
  it('steps back across the year', () => {
    expect(periodKey(previousPeriod(parsePeriod('2026-Q1')!))).toBe('2025-Q4');
    expect(periodKey(previousPeriod(parsePeriod('2026-M1')!))).toBe('2025-M12');
    expect(periodKey(previousPeriod(parsePeriod('2026-6M')!))).toBe('2025-6M');
  });

  it('names periods as a report does, in both languages', () => {
    expect(periodLabel(parsePeriod('2026-Q4')!, 'vi')).toBe('Quý IV/2026');
    expect(periodLabel(parsePeriod('2026-Q4')!, 'en')).toBe('Q4 2026');
    expect(periodLabel(parsePeriod('2026-9M')!, 'vi')).toBe('9 tháng đầu năm 2026');
    expect(periodLabel(parsePeriod('2026-M11')!, 'en')).toBe('November 2026');
  });
});
