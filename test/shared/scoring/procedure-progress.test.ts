import { describe, expect, it } from 'vitest';
import { PROCEDURE_ITEMS } from '../../../shared/checklist/checklist-items.ts';
import { procedureProgress } from '../../../shared/scoring/procedure-progress.ts';

const all = (status: 'dat' | 'khong_ap_dung') =>
  Object.fromEntries(PROCEDURE_ITEMS.map((item) => [item.id, status]));

describe('procedureProgress', () => {
  it.each([
    [
      'nothing answered',
      {},
      { answered: 0, applicable: 23, met: 0, failing: 0, started: false, complete: false },
    ],
    ['"not checked" starts but answers nothing', { P01: 'chua_kiem_tra' }, { answered: 0, started: true }],
    ['a cleared answer counts for nothing', { P01: null }, { answered: 0, started: false }],
    [
      'met, failing and not applicable',
      { P01: 'dat', P02: 'chua_dat', P03: 'khong_ap_dung' },
      { answered: 3, applicable: 22, met: 1, failing: 1 },
    ],
    ['every item met', all('dat'), { answered: 23, met: 23, complete: true }],
    ['every item not applicable is complete too', all('khong_ap_dung'), { applicable: 0, complete: true }],
  ] as const)('%s', (_, statuses, expected) => {
    expect(procedureProgress(statuses)).toMatchObject(expected);
  });
});
