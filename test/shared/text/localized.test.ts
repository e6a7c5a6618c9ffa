import { describe, expect, it } from 'vitest';
import { pick } from '../../../shared/text/localized.ts';

describe('pick', () => {
  const reason = { vi: 'Thiếu phí, lệ phí.', en: 'The fees are missing.' };

  it('gives the text in the language asked for', () => {
    expect(pick(reason, 'vi')).toBe('Thiếu phí, lệ phí.');
    expect(pick(reason, 'en')).toBe('The fees are missing.');
  });

  it('reads a plain string (a reason stored before reasons were bilingual) as Vietnamese, in both languages', () => {
    expect(pick('Thiếu phí, lệ phí.', 'vi')).toBe('Thiếu phí, lệ phí.');
    expect(pick('Thiếu phí, lệ phí.', 'en')).toBe('Thiếu phí, lệ phí.');
  });

  it('falls back to Vietnamese when the English text is empty, and to nothing when there is no text', () => {
    expect(pick({ vi: 'Có tên thủ tục.', en: '' }, 'en')).toBe('Có tên thủ tục.');
    expect(pick(null, 'en')).toBe('');
    expect(pick(undefined, 'vi')).toBe('');
  });
});
