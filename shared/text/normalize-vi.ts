/**
 * Vietnamese text comparison (docs/product.md §3): NFC, case folding and collapsed spacing; the
 * `loose` form also drops diacritics (đ → d) for names re-typed without accents. Vietnamese
 * needs no locale-specific case rules, and its marks all lie in U+0300–U+036F after NFD, so the
 * plain (faster) forms are used on this hot path of the scanner.
 *
 * @example normalizeVi('  Chuyển  TRƯỜNG ') === 'chuyển trường'
 * @example normalizeVi('Chuyển trường', { loose: true }) === 'chuyen truong'
 */
export function normalizeVi(text: string, options: { loose?: boolean } = {}): string {
  let out = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (options.loose) {
    out = out
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/[^\p{L}\p{N} ]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return out;
}
