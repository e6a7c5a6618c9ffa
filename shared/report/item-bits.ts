/**
 * Summaries keep an item's state as one bit: P01 and U01 are bit 0, P23 bit 22
 * (worker/migrations/0006_dashboard.sql). These masks name the groups the dashboard counts
 * (docs/product.md §5).
 */
export const itemBit = (itemId: string): number => 1 << (Number(itemId.slice(1)) - 1);

const maskOf = (...ids: string[]) => ids.reduce((mask, id) => mask | itemBit(id), 0);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `P${String(from + i).padStart(2, '0')}`);

/** Fully posted: every P-item met (`dat` or `khong_ap_dung`). */
export const ALL_P_ITEMS = maskOf(...range(1, 23));
/** Posted at the office (P06). */
export const OFFICE = itemBit('P06');
/** Posted on the unit's website (P05). */
export const WEBSITE = itemBit('P05');
/**
 * Complete content: P08–P21, every part a posting must show (Decree 63/2010 Art. 8(2), the legal
 * basis, the online service level, the postal service; docs/product.md §5). An item that does
 * not apply counts as met.
 */
export const CONTENT = maskOf(...range(8, 21));
/** A posting gone stale when one of these fails: P07 (current), P22 (updated), P23 (date). */
export const STALE_ITEMS = maskOf('P07', 'P22', 'P23');
