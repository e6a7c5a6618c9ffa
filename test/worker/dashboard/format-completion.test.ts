import { describe, expect, it } from 'vitest';
import { formatCompletion } from '../../../worker/dashboard/format-completion.ts';

describe('formatCompletion', () => {
  it.each([
    [1, 9, '1/9 (11 %)'],
    [0, 35, '0/35 (0 %)'],
    [1, 35, '1/35 (2,9 %)'],
    [1, 246, '1/246 (0,4 %)'],
    [2, 3, '2/3 (67 %)'],
    [0, 0, '0/0 (–)'],
  ])('formats %i of %i as %s', (complete, total, text) => {
    expect(formatCompletion(complete, total)).toBe(text);
  });

  it('writes the decimal point in English', () => {
    expect(formatCompletion(1, 246, 'en')).toBe('1/246 (0.4 %)');
  });
});
