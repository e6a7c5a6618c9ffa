/**
 * Status of one checklist item (docs/product.md §4). These strings are stored in IndexedDB and D1:
 * never rename one.
 */
export const ITEM_STATUSES = ['dat', 'chua_dat', 'khong_ap_dung', 'chua_kiem_tra'] as const;

export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const STATUS_LABELS: Record<ItemStatus, { vi: string; en: string }> = {
  dat: { vi: 'Đạt', en: 'Met' },
  chua_dat: { vi: 'Chưa đạt', en: 'Not met' },
  khong_ap_dung: { vi: 'Không áp dụng', en: 'Not applicable' },
  chua_kiem_tra: { vi: 'Chưa kiểm tra', en: 'Not checked' },
};
