import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS, PROCEDURE_ITEMS, UNIT_ITEMS } from '../../../shared/checklist/checklist-items.ts';

describe('checklist items', () => {
  it('has P01–P23 and U01–U15, each once, with both labels and a basis', () => {
    const expected = [
      ...Array.from({ length: 23 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 15 }, (_, i) => `U${String(i + 1).padStart(2, '0')}`),
    ];
    expect(CHECKLIST_ITEMS.map((item) => item.id)).toEqual(expected);
    expect(PROCEDURE_ITEMS).toHaveLength(23);
    expect(UNIT_ITEMS).toHaveLength(15);
    for (const item of CHECKLIST_ITEMS) {
      expect(item.vi && item.en && item.basis, item.id).toBeTruthy();
    }
  });
});
