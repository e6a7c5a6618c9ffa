import { normalizeVi } from './normalize-vi.ts';

/** Texts that portals print instead of content; they count as missing (issue #3). */
const PLACEHOLDERS = new Set(
  ['không có thông tin', 'đang cập nhật', 'chưa cập nhật', 'không có', 'n/a', '...', '…', '-', '--'].map(
    (text) => normalizeVi(text),
  ),
);

/** True when `text` carries no information: empty, punctuation only, or a known placeholder. */
export function isPlaceholder(text: string | null | undefined): boolean {
  if (!text) return true;
  const normal = normalizeVi(text);
  if (!/[\p{L}\p{N}]/u.test(normal)) return true;
  return PLACEHOLDERS.has(normal.replace(/[.:;…]+$/, '').trim());
}
