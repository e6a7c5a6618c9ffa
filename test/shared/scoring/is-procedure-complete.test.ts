import { describe, expect, it } from 'vitest';
import { PROCEDURE_ITEMS } from '../../../shared/checklist/checklist-items.ts';
import type { ItemStatus } from '../../../shared/checklist/item-status.ts';
import { isProcedureComplete } from '../../../shared/scoring/is-procedure-complete.ts';

const all = (status: ItemStatus) => Object.fromEntries(PROCEDURE_ITEMS.map((item) => [item.id, status]));

describe('isProcedureComplete', () => {
  it('needs every applicable P-item met', () => {
    expect(isProcedureComplete(all('dat'))).toBe(true);
    expect(isProcedureComplete({ ...all('dat'), P21: 'khong_ap_dung' })).toBe(true);
    expect(isProcedureComplete({ ...all('dat'), P06: 'chua_kiem_tra' })).toBe(false);
    expect(isProcedureComplete({ ...all('dat'), P06: undefined })).toBe(false);
  });
});
