/**
 * Vietnamese text comparison (PRODUCT.md §3): NFC, case folding and collapsed spacing; the
 * `loose` form also drops diacritics (đ → d) for names re-typed without accents.
 *
 * @example normalizeVi('  Chuyển  TRƯỜNG ') === 'chuyển trường'
 * @example normalizeVi('Chuyển trường', { loose: true }) === 'chuyen truong'
 */
export function normalizeVi(text: string, options: { loose?: boolean } = {}): string {
  let out = text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  if (options.loose) {
    out = out
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/[^\p{L}\p{N} ]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return out;
}
