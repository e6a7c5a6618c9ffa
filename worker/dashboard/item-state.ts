import { itemBit } from '../../shared/report/item-bits.ts';
import type { SubjectState } from '../db/read-unit-checklist.ts';

/**
 * An item's state at the end of a period, from its subject's bits: met (`dat` or `khong_ap_dung`),
 * failing (`chua_dat`), or none (not answered, or `chua_kiem_tra`). The bits keep no more than
 * that; the exact answer is the current one, shown beside it.
 */
export type ItemState = 'met' | 'failing' | 'none';

export const itemState = (itemId: string, state: SubjectState): ItemState => {
  const bit = itemBit(itemId);
  return state.metMask & bit ? 'met' : state.failMask & bit ? 'failing' : 'none';
};
