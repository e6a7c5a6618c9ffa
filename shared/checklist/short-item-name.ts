import { findItem } from './checklist-items.ts';

/**
 * An item's name cut to what fits a badge or a highlight legend: the leading "Có"/"Đã" and any
 * bracketed aside go. `P16` → `phí, lệ phí` / `fees`; an unknown id is itself.
 */
export function shortItemName(id: string, language: 'vi' | 'en'): string {
  const label = findItem(id)?.[language] ?? id;
  const short = label.replace(/^(Có|Ghi rõ)\s+/, '').replace(/\s*\(.*\)\s*$/, '');
  return language === 'en' ? short.charAt(0).toLowerCase() + short.slice(1) : short;
}
