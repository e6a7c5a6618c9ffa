import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../../shared/text/is-placeholder.ts';
import { normalizeVi } from '../../../shared/text/normalize-vi.ts';

describe('normalizeVi', () => {
  it('folds case and spacing and composes decomposed text (NFD → NFC)', () => {
    expect(normalizeVi('  Chuyển  TRƯỜNG '.normalize('NFD'))).toBe('chuyển trường');
  });

  it('drops diacritics and punctuation in the loose form, đ included', () => {
    expect(normalizeVi('Đăng ký khai sinh, (lần đầu)', { loose: true })).toBe('dang ky khai sinh lan dau');
  });
});

describe('isPlaceholder', () => {
  it.each(['', '   ', 'Không có thông tin', 'ĐANG CẬP NHẬT.', '…', '...', '-'])(
    '%j is a placeholder',
    (text) => {
      expect(isPlaceholder(text)).toBe(true);
    },
  );

  it.each(['Công dân Việt Nam', '1 ngày làm việc', 'Không thu phí (0 đồng)'])('%j is content', (text) => {
    expect(isPlaceholder(text)).toBe(false);
  });
});
